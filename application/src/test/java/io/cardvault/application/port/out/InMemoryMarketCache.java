package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory fake of both analytics caches: the dashboard views replaced as a whole, the per-card
 * payloads each kept until its time to live runs out (on this JVM's monotonic clock).
 */
public final class InMemoryMarketCache implements MarketAggregatesCachePort, CardAnalyticsCachePort {

    private record Entry(Serializable value, long expiresAtNanos) {
    }

    private final Map<String, Serializable> views = new ConcurrentHashMap<>();
    private final Map<CardId, Map<String, Entry>> payloads = new ConcurrentHashMap<>();
    private int writes;

    @Override
    public synchronized void replaceAll(Map<String, Serializable> fresh) {
        views.putAll(fresh);
        views.keySet().retainAll(fresh.keySet());
    }

    @Override
    public <T extends Serializable> Optional<T> view(String key, Class<T> type) {
        return Optional.ofNullable(views.get(key)).filter(type::isInstance).map(type::cast);
    }

    @Override
    public <T extends Serializable> Optional<T> get(CardId card, String key, Class<T> type) {
        Entry entry = payloads.getOrDefault(card, Map.of()).get(key);
        if (entry == null || System.nanoTime() - entry.expiresAtNanos() >= 0) {
            return Optional.empty();
        }
        return Optional.of(entry.value()).filter(type::isInstance).map(type::cast);
    }

    @Override
    public synchronized void put(CardId card, String key, Serializable value, Duration timeToLive) {
        payloads.computeIfAbsent(card, any -> new HashMap<>()).put(key, new Entry(value, System.nanoTime() + timeToLive.toNanos()));
        writes++;
    }

    @Override
    public void invalidate(CardId card) {
        payloads.remove(card);
    }

    @Override
    public void invalidateAll() {
        payloads.clear();
    }

    /** How many payloads were written, for tests that a second read was served from the cache. */
    public synchronized int payloadWrites() {
        return writes;
    }
}
