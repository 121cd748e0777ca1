package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/** Outgoing port: per-card analytics payloads shared by every node, each kept for a time to live. */
public interface CardAnalyticsCachePort {

    <T extends Serializable> Optional<T> get(CardId card, String key, Class<T> type);

    void put(CardId card, String key, Serializable value, Duration timeToLive);

    /** Drops every payload of the card (new prices arrived). */
    void invalidate(CardId card);

    /** Drops every card's payloads. */
    void invalidateAll();
}
