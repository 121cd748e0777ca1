package io.cardvault.application.port.in.analytics;


/** Use case: recompute every dashboard aggregate from the price store and publish them to the shared cache. Runs on start, on a schedule, and after committed ingests. */
public interface RecomputeMarketAggregatesUseCase {

    MarketAggregatesReport recompute();
}
