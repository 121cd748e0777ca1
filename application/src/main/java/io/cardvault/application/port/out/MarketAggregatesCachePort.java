package io.cardvault.application.port.out;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: the dashboard aggregates, shared by every node, replaced as a whole after each recompute. */
public interface MarketAggregatesCachePort {

    /** Publishes a fresh set of views by key; keys absent from {@code views} are removed. */
    void replaceAll(Map<String, Serializable> views);

    <T extends Serializable> Optional<T> view(String key, Class<T> type);
}
