package io.cardvault.domain.price;

/**
 * How much the price store holds: the points counter (price_stat), priced cards, series, latest
 * prices, points flagged as outliers, and ingest runs by outcome.
 */
public record PriceStoreStats(long pricePoints, long pricedCards, long series, long latestPrices, long outliers,
                              long okRuns, long failedRuns) {
}
