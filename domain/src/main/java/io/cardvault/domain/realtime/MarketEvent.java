package io.cardvault.domain.realtime;

import java.io.Serializable;
import java.util.List;

/**
 * Something that happened which connected clients may want to hear about at once. Each event
 * knows its own routing: the topics it is delivered on, or {@link #broadcast()} for those sent to
 * every connection whatever it subscribed to.
 */
public sealed interface MarketEvent extends Serializable
        permits PriceUpdate, MoversUpdate, PricesRefreshed, Notification, ListingNew, ScanResult {

    /** The frame type clients see ({@code price_update}, {@code movers}, …). */
    String type();

    /** The topics this event is delivered on; empty for a broadcast. */
    List<Topic> topics();

    /** Whether every connection gets it, subscribed or not. */
    default boolean broadcast() {
        return false;
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidTopicException(field + " is required");
        }
        return value.strip();
    }
}
