package io.cardvault.application.port.out.mail;

/** The mail server could not be reached, or did not answer in time: a later attempt may succeed. */
public final class MailServerUnavailableException extends MailNotSentException {

    private static final long serialVersionUID = 1L;

    public MailServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean worthRetrying() {
        return true;
    }
}
