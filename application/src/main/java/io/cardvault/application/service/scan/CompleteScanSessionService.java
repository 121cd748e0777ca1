package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.CompleteScanSessionUseCase;
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

/** Ends the session on the phone's word; announces {@code completed} with the number of cards. */
@UseCase
public class CompleteScanSessionService implements CompleteScanSessionUseCase {

    private final ScanSessionStorePort store;
    private final PublishMarketEventPort events;
    private final Clock clock;

    @Inject
    public CompleteScanSessionService(ScanSessionStorePort store, PublishMarketEventPort events) {
        this(store, events, Clock.systemUTC());
    }

    public CompleteScanSessionService(ScanSessionStorePort store, PublishMarketEventPort events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CompleteScanSessionService() {
        this(null, null, null);
    }

    @Override
    public ScanSessionView complete(ScanSessionId id, ScanAccess.Token token) {
        Instant now = clock.instant();
        ScanSession session = ScanSessionAccess.hold(store, id, token);
        int count = session.complete(token.token(), now);
        store.update(session);
        events.publish(ScanEvents.completed(id, count));
        return ScanSessionView.of(session, now);
    }
}
