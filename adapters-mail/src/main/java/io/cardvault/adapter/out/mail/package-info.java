/**
 * Driven adapter for mail: implements {@code SendMailPort} with Jakarta Mail through the
 * server's mail session ({@code mail/cardvault}: host, port, user, password and sender from the
 * {@code CARDVAULT_MAIL_*} settings) and the TLS mode the operator chose. A mail asked for inside
 * a transaction waits for that transaction to commit and then leaves on a managed thread, with
 * retries while the server is unreachable, so no database transaction waits on SMTP. Mail library
 * exceptions end here: the application sees only the port's failures.
 */
package io.cardvault.adapter.out.mail;
