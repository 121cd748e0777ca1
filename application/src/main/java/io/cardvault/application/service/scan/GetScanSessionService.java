package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.GetScanSessionUseCase;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.ScanSessionView;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import java.time.Clock;

/** Reads a session for its owner or its phone. */
@UseCase
public class GetScanSessionService implements GetScanSessionUseCase {

    private final ScanSessionStorePort store;
    private final Clock clock;

    @Inject
    public GetScanSessionService(ScanSessionStorePort store) {
        this(store, Clock.systemUTC());
    }

    public GetScanSessionService(ScanSessionStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetScanSessionService() {
        this(null, null);
    }

    @Override
    public ScanSessionView get(ScanSessionId id, ScanAccess access) {
        return ScanSessionView.of(ScanSessionAccess.read(store, id, access), clock.instant());
    }
}
