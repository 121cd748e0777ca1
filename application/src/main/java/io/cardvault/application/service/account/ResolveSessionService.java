package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ResolveSessionUseCase;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a session token: a valid signature, an expiry still ahead, and a session that still stands
 * (its generation current, not ended by a logout) name the account. The standing comes from the
 * cache, so a verified request costs an HMAC and a map read; a miss reads the store once.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class ResolveSessionService implements ResolveSessionUseCase {

    private final SessionTokenPort tokens;
    private final SessionStandingStorePort store;
    private final SessionStandingCachePort cache;
    private final Clock clock;

    @Inject
    public ResolveSessionService(SessionTokenPort tokens, SessionStandingStorePort store, SessionStandingCachePort cache) {
        this(tokens, store, cache, Clock.systemUTC());
    }

    public ResolveSessionService(SessionTokenPort tokens, SessionStandingStorePort store, SessionStandingCachePort cache,
                                 Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ResolveSessionService() {
        this(null, null, null, null);
    }

    @Override
    public Optional<AccountId> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<SessionClaims> claims = tokens.verify(token, now);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        SessionClaims session = claims.get();
        return cache.standing(session.account(), account -> store.standing(account, now))
                .filter(standing -> standing.admits(session.generation(), session.sessionId()))
                .map(standing -> session.account());
    }
}
