package io.cardvault.domain.account;

import io.cardvault.domain.shared.DomainException;

/** A username, email, password or key field that breaks the account rules; {@link #field()} names it. */
public final class InvalidAccountDataException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAccountDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
