package io.cardvault.application.port.out;

import io.cardvault.domain.realtime.MarketEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link PublishMarketEventPort}: a cluster whose nodes are the given subscribers, each
 * handed every event once, at once (there is no transaction to wait for here).
 */
public class InMemoryMarketEvents implements PublishMarketEventPort {

    private final List<LocalSubscribersPort> nodes;
    private final List<MarketEvent> published = new CopyOnWriteArrayList<>();

    public InMemoryMarketEvents(LocalSubscribersPort... nodes) {
        this.nodes = List.of(nodes);
    }

    /** Every event published, in order. */
    public List<MarketEvent> published() {
        return List.copyOf(published);
    }

    @Override
    public void publish(MarketEvent event) {
        published.add(event);
        nodes.forEach(node -> node.deliver(event));
    }
}
