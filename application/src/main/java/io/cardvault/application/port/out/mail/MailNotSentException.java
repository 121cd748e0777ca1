package io.cardvault.application.port.out.mail;

/**
 * A mail did not reach the mail server. The two kinds differ in what helps: a server that could
 * not be reached may take the mail later; one that refused it will refuse it again.
 */
public abstract sealed class MailNotSentException extends RuntimeException
        permits MailServerUnavailableException, MailRejectedException {

    private static final long serialVersionUID = 1L;

    protected MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether sending the same mail again later may succeed. */
    public abstract boolean worthRetrying();
}
