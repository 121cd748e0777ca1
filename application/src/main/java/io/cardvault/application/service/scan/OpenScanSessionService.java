package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.OpenScanSessionUseCase;
import io.cardvault.application.port.in.scan.OpenedScanSession;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ConfirmationCode;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Opens a session with a ULID, a claim token and a confirmation code, all from a {@link SecureRandom}. */
@UseCase
public class OpenScanSessionService implements OpenScanSessionUseCase {

    private final ScanSessionStorePort store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public OpenScanSessionService(ScanSessionStorePort store) {
        this(store, Clock.systemUTC());
    }

    public OpenScanSessionService(ScanSessionStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected OpenScanSessionService() {
        this(null, null);
    }

    @Override
    public OpenedScanSession open(AccountId owner) {
        Objects.requireNonNull(owner, "owner");
        Instant now = clock.instant();
        ScanSession session = ScanSession.open(ScanSessionId.generate(now, random), owner, ClaimToken.generate(random),
                ConfirmationCode.generate(random), now);
        store.add(session);
        return new OpenedScanSession(session.id(), session.token(), session.confirmationCode(), session.expiresAt());
    }
}
