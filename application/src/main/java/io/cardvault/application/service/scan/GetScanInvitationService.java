package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.GetScanInvitationUseCase;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The QR's token while the session is pending; nothing after the claim, so the QR cannot hand out a live credential. */
@UseCase
public class GetScanInvitationService implements GetScanInvitationUseCase {

    private final ScanSessionStorePort store;
    private final Clock clock;

    @Inject
    public GetScanInvitationService(ScanSessionStorePort store) {
        this(store, Clock.systemUTC());
    }

    public GetScanInvitationService(ScanSessionStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetScanInvitationService() {
        this(null, null);
    }

    @Override
    public Optional<ClaimToken> invitation(ScanSessionId id) {
        return store.find(id).filter(session -> session.statusAt(clock.instant()) == ScanStatus.PENDING).map(ScanSession::token);
    }
}
