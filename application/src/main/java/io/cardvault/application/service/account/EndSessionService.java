package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.EndSessionUseCase;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.SessionStanding;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Lists the token's session as ended (until the token would have expired anyway), then drops the
 * account's cached standing on every node. A token without a session id (issued before they
 * existed) cannot be told from the account's other such tokens, so it ends them all; so does one
 * logout too many while the list is full ({@link SessionStanding#MAX_ENDED_SESSIONS}).
 */
@UseCase
public class EndSessionService implements EndSessionUseCase {

    private final SessionTokenPort tokens;
    private final SessionStandingStorePort store;
    private final SessionStandingCachePort cache;
    private final Clock clock;

    @Inject
    public EndSessionService(SessionTokenPort tokens, SessionStandingStorePort store, SessionStandingCachePort cache) {
        this(tokens, store, cache, Clock.systemUTC());
    }

    public EndSessionService(SessionTokenPort tokens, SessionStandingStorePort store, SessionStandingCachePort cache,
                             Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected EndSessionService() {
        this(null, null, null, null);
    }

    @Override
    public void endSession(String token) {
        Instant now = clock.instant();
        Optional<SessionClaims> claims = token == null || token.isBlank() ? Optional.empty() : tokens.verify(token, now);
        if (claims.isEmpty()) {
            return;
        }
        SessionClaims session = claims.get();
        Optional<SessionStanding> standing = store.standing(session.account(), now);
        if (standing.isEmpty() || !standing.get().admits(session.generation(), session.sessionId())) {
            return; // already over
        }
        if (session.sessionId().isEmpty() || !standing.get().mayEndOneMore()) {
            store.endAllSessions(session.account());
        } else {
            store.endSession(session.account(), session.sessionId(), session.expiresAt(), now);
        }
        cache.forget(session.account());
    }
}
