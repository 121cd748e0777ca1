package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.realtime.DeliverMarketEventUseCase;
import io.cardvault.application.port.out.LocalSubscribersPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.realtime.MarketEvent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Hands an event that reached this node to the clients connected here: every kind of local
 * subscriber hears it (the WebSocket connections, the scan sessions' event streams), each taking
 * what it listens for.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // no database work on the delivery path
public class DeliverMarketEventService implements DeliverMarketEventUseCase {

    private final List<LocalSubscribersPort> subscribers;

    @Inject
    public DeliverMarketEventService(@Any Instance<LocalSubscribersPort> subscribers) {
        this(StreamSupport.stream(subscribers.spliterator(), false).toList());
    }

    public DeliverMarketEventService(LocalSubscribersPort... subscribers) {
        this(List.of(subscribers));
    }

    private DeliverMarketEventService(List<LocalSubscribersPort> subscribers) {
        this.subscribers = List.copyOf(subscribers);
    }

    /** For CDI's client proxy only. */
    protected DeliverMarketEventService() {
        this.subscribers = List.of();
    }

    @Override
    public void deliver(MarketEvent event) {
        for (LocalSubscribersPort local : subscribers) {
            local.deliver(event);
        }
    }
}
