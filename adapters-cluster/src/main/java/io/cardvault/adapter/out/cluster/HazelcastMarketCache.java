package io.cardvault.adapter.out.cluster;

import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The analytics caches shared by every node, on this node's Hazelcast member (see {@link MarketCacheEngine}). */
@ApplicationScoped
class HazelcastMarketCache implements MarketAggregatesCachePort, CardAnalyticsCachePort {

    private final MarketCacheEngine engine;

    @Inject
    HazelcastMarketCache(ClusterMember member) {
        this.engine = new MarketCacheEngine(member::instance);
    }

    /** For CDI's client proxy only. */
    protected HazelcastMarketCache() {
        this.engine = null;
    }

    @Override
    public void replaceAll(Map<String, Serializable> views) {
        engine.replaceAll(views);
    }

    @Override
    public <T extends Serializable> Optional<T> view(String key, Class<T> type) {
        return engine.view(key, type);
    }

    @Override
    public <T extends Serializable> Optional<T> get(long cardId, String key, Class<T> type) {
        return engine.cardPayload(cardId, key, type);
    }

    @Override
    public void put(long cardId, String key, Serializable value, Duration timeToLive) {
        engine.putCardPayload(cardId, key, value, timeToLive);
    }

    @Override
    public void invalidate(long cardId) {
        engine.invalidateCard(cardId);
    }

    @Override
    public void invalidateAll() {
        engine.invalidateAllCards();
    }
}
