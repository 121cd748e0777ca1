package io.cardvault.application.port.out.account;

/** The account or key store could not be read or written (the database is down, a query failed). */
public final class AccountStoreFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public AccountStoreFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
