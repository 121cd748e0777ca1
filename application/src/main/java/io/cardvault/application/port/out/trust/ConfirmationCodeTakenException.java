package io.cardvault.application.port.out.trust;

/** Another listing holds the code already: the store's unique key refused it (two draws raced). */
public class ConfirmationCodeTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfirmationCodeTakenException(String code, Throwable cause) {
        super("confirmation code " + code + " is taken", cause);
    }
}
