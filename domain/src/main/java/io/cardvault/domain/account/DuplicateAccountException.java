package io.cardvault.domain.account;

import io.cardvault.domain.shared.DomainException;

/** A sign-up whose username or email already belongs to an account. */
public final class DuplicateAccountException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private DuplicateAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public static DuplicateAccountException usernameTaken() {
        return new DuplicateAccountException("username", "username already taken");
    }

    public static DuplicateAccountException emailTaken() {
        return new DuplicateAccountException("email", "email already registered");
    }

    public String field() {
        return field;
    }
}
