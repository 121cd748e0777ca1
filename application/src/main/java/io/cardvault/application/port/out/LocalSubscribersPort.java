package io.cardvault.application.port.out;

import io.cardvault.domain.realtime.MarketEvent;

/** Outgoing port: the clients connected to this node that listen for an event (a broadcast goes to all of them). */
public interface LocalSubscribersPort {

    void deliver(MarketEvent event);
}
