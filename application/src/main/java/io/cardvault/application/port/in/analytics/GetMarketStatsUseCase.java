package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.MarketTotals;

/** Use case: market-wide totals, sources and last update. */
public interface GetMarketStatsUseCase {

    MarketTotals stats();
}
