package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing port: signed, self-contained session tokens naming an account (the {@code tcg_session}
 * cookie's value). Signing keys and their rotation belong to the adapter.
 */
public interface SessionTokenPort {

    /** A token for {@code account} that is valid until {@code expiresAt}. */
    String issue(AccountId account, Instant expiresAt);

    /** The account a token names, when its signature holds and it has not expired at {@code now}. */
    Optional<AccountId> verify(String token, Instant now);
}
