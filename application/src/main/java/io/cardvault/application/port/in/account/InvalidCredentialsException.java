package io.cardvault.application.port.in.account;

import io.cardvault.domain.shared.DomainException;

/** A login or API key that does not authenticate anyone. The message never says which part was wrong. */
public final class InvalidCredentialsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException(String message) {
        super(message);
    }
}
