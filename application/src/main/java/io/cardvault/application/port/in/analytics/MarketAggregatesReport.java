package io.cardvault.application.port.in.analytics;

import java.time.Instant;

/** What a recompute read and published. */
public record MarketAggregatesReport(int cardsRead, int viewsPublished, Instant computedAt, long millis) {
}
