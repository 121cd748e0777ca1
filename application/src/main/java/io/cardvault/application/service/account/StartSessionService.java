package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.in.account.StartSessionUseCase;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/** Starts a stateless session: a signed token that expires after {@link #LIFETIME}. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // touches no store
public class StartSessionService implements StartSessionUseCase {

    public static final Duration LIFETIME = Duration.ofDays(30);

    private final SessionTokenPort tokens;
    private final Clock clock;

    @Inject
    public StartSessionService(SessionTokenPort tokens) {
        this(tokens, Clock.systemUTC());
    }

    public StartSessionService(SessionTokenPort tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected StartSessionService() {
        this(null, null);
    }

    @Override
    public SessionToken start(AccountId account) {
        return new SessionToken(tokens.issue(account, clock.instant().plus(LIFETIME)), LIFETIME);
    }
}
