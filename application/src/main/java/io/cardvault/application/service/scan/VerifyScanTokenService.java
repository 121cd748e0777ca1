package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.VerifyScanTokenUseCase;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import jakarta.inject.Inject;
import java.time.Clock;

/** Checks a phone's token against its session's state; changes nothing. */
@UseCase
public class VerifyScanTokenService implements VerifyScanTokenUseCase {

    private final ScanSessionStorePort store;
    private final Clock clock;

    @Inject
    public VerifyScanTokenService(ScanSessionStorePort store) {
        this(store, Clock.systemUTC());
    }

    public VerifyScanTokenService(ScanSessionStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected VerifyScanTokenService() {
        this(null, null);
    }

    @Override
    public void verify(ScanSessionId id, ScanAccess.Token token) {
        switch (ScanSessionAccess.read(store, id, token).statusAt(clock.instant())) {
            case EXPIRED -> throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.EXPIRED,
                    "Scan session expired");
            case COMPLETED -> throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.COMPLETED,
                    "Scan session already completed");
            default -> {
                // pending, claimed or active: the phone is at work
            }
        }
    }
}
