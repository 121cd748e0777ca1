package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.realtime.DeliverMarketEventUseCase;
import io.cardvault.application.port.out.LocalSubscribersPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.realtime.MarketEvent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Hands an event that reached this node to the clients connected here. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // no database work on the delivery path
public class DeliverMarketEventService implements DeliverMarketEventUseCase {

    private final LocalSubscribersPort subscribers;

    @Inject
    public DeliverMarketEventService(LocalSubscribersPort subscribers) {
        this.subscribers = subscribers;
    }

    /** For CDI's client proxy only. */
    protected DeliverMarketEventService() {
        this.subscribers = null;
    }

    @Override
    public void deliver(MarketEvent event) {
        subscribers.deliver(event);
    }
}
