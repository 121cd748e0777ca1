/**
 * The price store on MariaDB with plain JDBC (bulk speed is measured to need it: LOAD DATA and
 * multi-row upserts), one adapter per concern: the run log ({@code JdbcPriceRunLog}), the
 * backfill's progress ({@code JdbcBackfillProgress}), the outlier windows the application judges
 * points against, cached per series ({@code JdbcOutlierWindows} over the {@code SeriesRegistry}),
 * the point writer ({@code JdbcPricePointWriter}), the latest prices and their settling
 * ({@code JdbcLatestPrices}), the counters ({@code JdbcPriceStoreStats}), the daily snapshot; and
 * {@code PriceTransactions}, the one place that tells a JTA transaction from none.
 */
package io.cardvault.adapter.out.persistence.price;
