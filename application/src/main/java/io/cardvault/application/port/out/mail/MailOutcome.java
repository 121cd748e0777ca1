package io.cardvault.application.port.out.mail;

import java.util.Objects;

/** What {@code SendMailPort.send} did with a mail it did not refuse. */
public sealed interface MailOutcome {

    /** The mail server accepted the mail; its Message-ID, for the log and for support. */
    record Sent(String messageId) implements MailOutcome {
        public Sent {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /**
     * The caller's transaction is still open: the mail leaves after it commits, and is dropped if
     * it rolls back. Delivery failures then are logged, the caller having moved on.
     */
    record AfterCommit() implements MailOutcome {
    }
}
