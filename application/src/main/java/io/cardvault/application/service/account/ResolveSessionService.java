package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ResolveSessionUseCase;
import io.cardvault.application.port.out.SessionTokenPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Reads a session token: a valid signature and an expiry still ahead name the account. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // touches no store
public class ResolveSessionService implements ResolveSessionUseCase {

    private final SessionTokenPort tokens;
    private final Clock clock;

    @Inject
    public ResolveSessionService(SessionTokenPort tokens) {
        this(tokens, Clock.systemUTC());
    }

    public ResolveSessionService(SessionTokenPort tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ResolveSessionService() {
        this(null, null);
    }

    @Override
    public Optional<AccountId> resolve(String token) {
        return token == null || token.isBlank() ? Optional.empty() : tokens.verify(token, clock.instant());
    }
}
