package io.cardvault.application.port.in.account;

import io.cardvault.domain.shared.DomainException;

/** Sign-in attempts from this address (for this account, or for any) are over the throttle's limit for now. */
public final class TooManySignInAttemptsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManySignInAttemptsException(long retryAfterSeconds) {
        super("Too many sign-in attempts. Retry after " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
