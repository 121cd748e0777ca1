package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.RecordScanResultsUseCase;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.ScanSessionView;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records a batch of cards on the held session; one {@code result} event per card, in the batch's order. */
@UseCase
public class RecordScanResultsService implements RecordScanResultsUseCase {

    private final ScanSessionStorePort store;
    private final PublishMarketEventPort events;
    private final Clock clock;

    @Inject
    public RecordScanResultsService(ScanSessionStorePort store, PublishMarketEventPort events) {
        this(store, events, Clock.systemUTC());
    }

    public RecordScanResultsService(ScanSessionStorePort store, PublishMarketEventPort events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RecordScanResultsService() {
        this(null, null, null);
    }

    @Override
    public ScanSessionView record(ScanSessionId id, ScanAccess.Token token, List<ScanCard> cards) {
        Instant now = clock.instant();
        ScanSession session = ScanSessionAccess.hold(store, id, token);
        session.recordResults(token.token(), cards, now);
        store.update(session);
        cards.forEach(card -> events.publish(ScanEvents.result(id, card)));
        return ScanSessionView.of(session, now);
    }
}
