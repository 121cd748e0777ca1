package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.realtime.PublishMarketEventUseCase;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.realtime.MarketEvent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/** Passes an event to the cluster-wide publisher. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // joins the caller's transaction so the event waits for its commit
public class PublishMarketEventService implements PublishMarketEventUseCase {

    private final PublishMarketEventPort publisher;

    @Inject
    public PublishMarketEventService(PublishMarketEventPort publisher) {
        this.publisher = publisher;
    }

    /** For CDI's client proxy only. */
    protected PublishMarketEventService() {
        this.publisher = null;
    }

    @Override
    public void publish(MarketEvent event) {
        publisher.publish(Objects.requireNonNull(event, "event"));
    }
}
