package io.cardvault.domain.account;

import io.cardvault.domain.shared.DomainException;

/** A deletion request or cancellation without the right confirmation phrase, or a cancellation with nothing pending. */
public final class AccountDeletionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccountDeletionException(String message) {
        super(message);
    }
}
