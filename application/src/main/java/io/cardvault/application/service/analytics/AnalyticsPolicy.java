package io.cardvault.application.service.analytics;

import java.time.Duration;

/**
 * How long a card's analytics payload is served from the cache (the contract says 10 minutes for
 * the side rail) and how many entries each cached dashboard list keeps (the routes' largest limit).
 */
public record AnalyticsPolicy(Duration cardPayloadTtl, int listSize) {

    public AnalyticsPolicy {
        if (cardPayloadTtl == null || cardPayloadTtl.isNegative() || cardPayloadTtl.isZero()) {
            throw new IllegalArgumentException("the card payload time to live is positive");
        }
        if (listSize < 50) {
            throw new IllegalArgumentException("cached lists keep at least 50 entries (the largest route limit)");
        }
    }
}
