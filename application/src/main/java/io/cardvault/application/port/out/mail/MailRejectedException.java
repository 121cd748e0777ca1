package io.cardvault.application.port.out.mail;

/**
 * The mail server answered but refused the mail (sender, recipient, credentials, TLS): the same
 * mail would be refused again until an operator changes the configuration.
 */
public final class MailRejectedException extends MailNotSentException {

    private static final long serialVersionUID = 1L;

    public MailRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean worthRetrying() {
        return false;
    }
}
