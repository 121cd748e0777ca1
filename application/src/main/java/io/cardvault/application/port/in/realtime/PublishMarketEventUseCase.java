package io.cardvault.application.port.in.realtime;

import io.cardvault.domain.realtime.MarketEvent;

/** Use case: announce a market event to the connected clients of every node (after the caller's transaction commits). */
public interface PublishMarketEventUseCase {

    void publish(MarketEvent event);
}
