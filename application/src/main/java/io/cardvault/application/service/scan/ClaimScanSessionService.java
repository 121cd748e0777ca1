package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.ClaimScanSessionUseCase;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.ScanSessionView;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The phone's claim, on the session held for update: of two claims at once, the second finds it claimed. */
@UseCase
public class ClaimScanSessionService implements ClaimScanSessionUseCase {

    private final ScanSessionStorePort store;
    private final PublishMarketEventPort events;
    private final Clock clock;

    @Inject
    public ClaimScanSessionService(ScanSessionStorePort store, PublishMarketEventPort events) {
        this(store, events, Clock.systemUTC());
    }

    public ClaimScanSessionService(ScanSessionStorePort store, PublishMarketEventPort events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ClaimScanSessionService() {
        this(null, null, null);
    }

    @Override
    public ScanSessionView claim(ScanSessionId id, ScanAccess.Token token, String deviceName) {
        Instant now = clock.instant();
        ScanSession session = ScanSessionAccess.hold(store, id, token);
        session.claim(token.token(), deviceName, now);
        store.update(session);
        events.publish(ScanEvents.claimed(id, session.deviceName().orElseThrow()));
        return ScanSessionView.of(session, now);
    }
}
