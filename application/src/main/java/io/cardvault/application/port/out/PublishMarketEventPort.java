package io.cardvault.application.port.out;

import io.cardvault.domain.realtime.MarketEvent;

/**
 * Outgoing port: hands a market event to every node's connected clients, exactly once per node.
 * Called inside a use case's transaction, the event leaves only once that transaction commits
 * (a rolled-back ingest announces nothing); called outside one, it leaves at once. Never throws
 * because the cluster is unreachable: real-time delivery is best effort, the data is not.
 */
public interface PublishMarketEventPort {

    void publish(MarketEvent event);
}
