package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.in.account.StartSessionUseCase;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.port.out.account.SessionClaims;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Starts a session: a signed token that expires after {@link #LIFETIME}, carrying the account's
 * current session generation and a random session id (so a logout can end this session alone).
 * The generation is read from the store, never the cache: a session started just after a password
 * change elsewhere must not carry the generation the change ended.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class StartSessionService implements StartSessionUseCase {

    public static final Duration LIFETIME = Duration.ofDays(30);
    /** 128 random bits: 22 URL-safe characters in the token. */
    static final int SESSION_ID_BYTES = 16;

    private final SessionTokenPort tokens;
    private final SessionStandingStorePort store;
    private final SecureRandom random;
    private final Clock clock;

    @Inject
    public StartSessionService(SessionTokenPort tokens, SessionStandingStorePort store) {
        this(tokens, store, new SecureRandom(), Clock.systemUTC());
    }

    public StartSessionService(SessionTokenPort tokens, SessionStandingStorePort store, SecureRandom random, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.random = random;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected StartSessionService() {
        this(null, null, null, null);
    }

    @Override
    public SessionToken start(AccountId account) {
        Instant now = clock.instant();
        SessionStanding standing = store.standing(account, now)
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
        byte[] id = new byte[SESSION_ID_BYTES];
        random.nextBytes(id);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        return new SessionToken(tokens.issue(new SessionClaims(account, standing.generation(), sessionId,
                now.plus(LIFETIME))), LIFETIME);
    }
}
