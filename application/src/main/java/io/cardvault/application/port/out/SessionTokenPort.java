package io.cardvault.application.port.out;

import io.cardvault.application.port.out.account.SessionClaims;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing port: signed, self-contained session tokens (the {@code tcg_session} cookie's value).
 * Signing keys and their rotation belong to the adapter; whether the session still stands is the
 * application's question (a token says nothing about logouts after it was issued).
 */
public interface SessionTokenPort {

    /** A token carrying {@code claims}, valid until their expiry. */
    String issue(SessionClaims claims);

    /** What a token says, when its signature holds and it has not expired at {@code now}. */
    Optional<SessionClaims> verify(String token, Instant now);
}
