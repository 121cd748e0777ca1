package io.cardvault.application.port.in.realtime;

import io.cardvault.domain.realtime.MarketEvent;

/** Use case: an event reached this node (from any node, this one included): give it to the clients connected here. */
public interface DeliverMarketEventUseCase {

    void deliver(MarketEvent event);
}
