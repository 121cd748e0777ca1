package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.domain.catalogue.CardId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The analytics caches shared by every node, on this node's Hazelcast member (see {@link MarketCacheEngine}). */
@ApplicationScoped
class HazelcastMarketCache implements MarketAggregatesCachePort, CardAnalyticsCachePort {

    private final MarketCacheEngine engine;

    @Inject
    HazelcastMarketCache(ClusterMember member) {
        this(member::instance);
    }

    /** On a member given directly (the contract test's embedded one). */
    HazelcastMarketCache(Supplier<Optional<HazelcastInstance>> member) {
        this.engine = new MarketCacheEngine(member);
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
    public <T extends Serializable> Optional<T> get(CardId card, String key, Class<T> type) {
        return engine.cardPayload(card.value(), key, type);
    }

    @Override
    public void put(CardId card, String key, Serializable value, Duration timeToLive) {
        engine.putCardPayload(card.value(), key, value, timeToLive);
    }

    @Override
    public void invalidate(CardId card) {
        engine.invalidateCard(card.value());
    }

    @Override
    public void invalidateAll() {
        engine.invalidateAllCards();
    }
}
