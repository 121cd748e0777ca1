/**
 * Values exchanged by the mail out-port: the mail the application composed, what became of it,
 * and why a mail could not be sent. No mail library type appears here.
 */
package io.cardvault.application.port.out.mail;
