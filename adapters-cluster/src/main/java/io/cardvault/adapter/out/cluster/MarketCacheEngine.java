package io.cardvault.adapter.out.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two analytics caches on Hazelcast maps. Dashboard views live in a map with a near cache of
 * deserialised objects on every member (a read is a local lookup once warm; a replacement
 * invalidates the near caches cluster-wide). Card payloads live under {@code "<card>|<name>"} keys
 * with a per-entry time to live, so one card's entries are removed by a key-prefix query. Without
 * a running member every read misses and every write is skipped: the caller computes instead.
 */
final class MarketCacheEngine {

    static final String AGGREGATES_MAP = "market-aggregates";
    static final String CARD_MAP = "card-analytics";

    private static final Logger LOG = Logger.getLogger(MarketCacheEngine.class.getName());

    private final Supplier<Optional<HazelcastInstance>> hazelcast;

    MarketCacheEngine(Supplier<Optional<HazelcastInstance>> hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** The maps' settings: one synchronous backup each, a near cache of objects for the dashboard views. */
    static void configure(Config config) {
        // Near-cache invalidations go out at once rather than in 10-second batches: a recompute is seen everywhere in ms.
        config.setProperty("hazelcast.map.invalidation.batch.enabled", "false");
        config.addMapConfig(new MapConfig(AGGREGATES_MAP).setBackupCount(1)
                .setNearCacheConfig(new NearCacheConfig(AGGREGATES_MAP).setInMemoryFormat(InMemoryFormat.OBJECT)
                        .setInvalidateOnChange(true).setCacheLocalEntries(true)));
        config.addMapConfig(new MapConfig(CARD_MAP).setBackupCount(1));
    }

    void replaceAll(Map<String, Serializable> views) {
        hazelcast.get().ifPresent(instance -> {
            IMap<String, Serializable> map = instance.getMap(AGGREGATES_MAP);
            map.putAll(views);
            Set<String> stale = new HashSet<>(map.keySet());
            stale.removeAll(views.keySet());
            stale.forEach(map::delete);
        });
    }

    <T extends Serializable> Optional<T> view(String key, Class<T> type) {
        return hazelcast.get().map(instance -> instance.<String, Serializable>getMap(AGGREGATES_MAP).get(key))
                .filter(type::isInstance).map(type::cast);
    }

    <T extends Serializable> Optional<T> cardPayload(long cardId, String name, Class<T> type) {
        try {
            return hazelcast.get().map(instance -> instance.<String, Serializable>getMap(CARD_MAP).get(cardKey(cardId, name)))
                    .filter(type::isInstance).map(type::cast);
        } catch (RuntimeException e) {
            // a payload that no longer deserialises (a class changed between deployments) is a miss
            LOG.log(Level.WARNING, "Card analytics cache read failed; computing instead", e);
            return Optional.empty();
        }
    }

    void putCardPayload(long cardId, String name, Serializable value, Duration timeToLive) {
        hazelcast.get().ifPresent(instance -> instance.<String, Serializable>getMap(CARD_MAP)
                .set(cardKey(cardId, name), value, timeToLive.toMillis(), TimeUnit.MILLISECONDS));
    }

    void invalidateCard(long cardId) {
        hazelcast.get().ifPresent(instance -> instance.<String, Serializable>getMap(CARD_MAP)
                .removeAll(Predicates.like("__key", cardId + "|%")));
    }

    void invalidateAllCards() {
        hazelcast.get().ifPresent(instance -> instance.getMap(CARD_MAP).clear());
    }

    static String cardKey(long cardId, String name) {
        return cardId + "|" + name;
    }
}
