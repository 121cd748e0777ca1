package io.cardvault.application.port.out;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/** Outgoing port: per-card analytics payloads shared by every node, each kept for a time to live. */
public interface CardAnalyticsCachePort {

    <T extends Serializable> Optional<T> get(long cardId, String key, Class<T> type);

    void put(long cardId, String key, Serializable value, Duration timeToLive);

    /** Drops every payload of the card (new prices arrived). */
    void invalidate(long cardId);

    /** Drops every card's payloads. */
    void invalidateAll();
}
