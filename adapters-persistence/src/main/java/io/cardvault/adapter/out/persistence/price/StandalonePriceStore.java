package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import javax.sql.DataSource;

/**
 * The JDBC price store's adapters wired by hand, for code that runs outside a container (the
 * ingest benchmark): without a JTA transaction each call writes in a local transaction of its own.
 * The adapters stay package-private; this is their one public door.
 */
public final class StandalonePriceStore {

    private StandalonePriceStore() {
    }

    /** The price store's ports over one database. */
    public record Ports(PriceRunLogPort runs, BackfillProgressPort progress, ReadOutlierWindowsPort windows,
                        WritePricePointsPort points, SettleLatestPricesPort latest, LoadPriceStoreStatsPort stats,
                        LoadPricedVariantsPort pricedVariants) {
    }

    /** {@code cachedSeries}: the series whose id and outlier window stay in memory ({@code CARDVAULT_PRICES_SERIES_CACHE}). */
    public static Ports on(DataSource dataSource, long cachedSeries) {
        PriceTransactions transactions = new PriceTransactions(dataSource);
        JdbcPriceRunLog runs = new JdbcPriceRunLog(dataSource);
        JdbcOutlierWindows windows = new JdbcOutlierWindows(dataSource, new SeriesRegistry(dataSource, cachedSeries), cachedSeries);
        return new Ports(runs, new JdbcBackfillProgress(dataSource, runs), windows, new JdbcPricePointWriter(transactions, windows),
                new JdbcLatestPrices(transactions), new JdbcPriceStoreStats(dataSource), new JdbcPricedVariants(dataSource));
    }
}
