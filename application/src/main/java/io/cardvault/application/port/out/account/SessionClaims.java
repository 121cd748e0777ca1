package io.cardvault.application.port.out.account;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session token says once its signature holds: the account, the session generation it was
 * started in, its own id ({@code ""} for a token from before session ids) and when it expires.
 */
public record SessionClaims(AccountId account, long generation, String sessionId, Instant expiresAt) {

    public SessionClaims {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (generation < 0) {
            throw new IllegalArgumentException("a session generation cannot be negative");
        }
    }
}
