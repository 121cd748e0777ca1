/**
 * Demo only: an embedded mail server (GreenMail: SMTP, IMAP and POP3 on loopback ports) that the
 * demo run points its mail session at, so alert mails are really sent and can be read with any
 * mail client. Off unless {@code CARDVAULT_MAIL_DEMO_SERVER} is {@code on}; production sends
 * through the operator's SMTP server. GreenMail is never inside the WAR: its jars come from a
 * Liberty library of their own, and only {@code DemoMailServer} touches
 * them, so a server without them runs as long as the switch is off.
 */
package io.cardvault.demo.mail;
