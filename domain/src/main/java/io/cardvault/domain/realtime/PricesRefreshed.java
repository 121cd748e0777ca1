package io.cardvault.domain.realtime;

import java.util.List;

/** The daily price-snapshot job finished: broadcast to every connection. {@code kind} names the job ({@code daily_snapshot}). */
public record PricesRefreshed(long snapshots, String kind) implements MarketEvent {

    public static final String TYPE = "prices_refreshed";

    public PricesRefreshed {
        if (snapshots < 0) {
            throw new InvalidTopicException("snapshots must not be negative");
        }
        kind = MarketEvent.requireText(kind, "kind");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of();
    }

    @Override
    public boolean broadcast() {
        return true;
    }
}
