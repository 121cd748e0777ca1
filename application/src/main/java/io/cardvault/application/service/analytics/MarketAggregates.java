package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a cached dashboard view; before the first recompute on a fresh cluster (no views at all)
 * it recomputes once in the caller's thread so the first answer is complete rather than empty.
 */
final class MarketAggregates {

    private MarketAggregates() {
    }

    static <T extends Serializable> Optional<T> view(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute,
                                                     String key, Class<T> type) {
        Optional<T> view = cache.view(key, type);
        if (view.isPresent() || cache.view(MarketViews.COMPUTED, Instant.class).isPresent()) {
            return view;
        }
        recompute.recompute();
        return cache.view(key, type);
    }
}
