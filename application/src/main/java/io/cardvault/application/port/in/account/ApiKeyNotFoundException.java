package io.cardvault.application.port.in.account;

import io.cardvault.domain.shared.DomainException;

/** No key with that id belongs to the caller (another user's key is not found either, so ids leak nothing). */
public final class ApiKeyNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApiKeyNotFoundException() {
        super("API key not found");
    }
}
