package io.cardvault.application.port.out.analytics;

import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.price.PriceSource;
import java.util.Map;

/**
 * One card's raw daily snapshots per source for its best-covered variant (the variant with the
 * most snapshot rows in the window), as the dashboard aggregates read them.
 */
public record CardMarketHistory(MarketCard card, String variant, Map<PriceSource, PriceHistory> bySource) {

    public CardMarketHistory {
        bySource = Map.copyOf(bySource);
    }
}
