package io.cardvault.application.port.out;

import io.cardvault.application.port.out.mail.MailNotSentException;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.OutgoingMail;

/**
 * Outgoing port: one mail to one recipient through the operator's mail server.
 *
 * <p>Called inside an active transaction, the mail only waits: it leaves once that transaction has
 * committed (never if it rolls back), on a mail thread that retries a mail server that is down, so
 * the caller's transaction never waits on a slow server ({@link MailOutcome.AfterCommit}; the
 * outcome is logged). Called outside a transaction it is sent at once: {@link MailOutcome.Sent},
 * or a {@link MailNotSentException} that says why.
 */
public interface SendMailPort {

    MailOutcome send(OutgoingMail mail);
}
