package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The JDBC price store's adapters wired by hand, for code that runs outside a container (the
 * ingest benchmark): without a JTA transaction, a file written inside {@link FileTransactions#write}
 * is one local transaction, as the server writes it in one JTA transaction; any other call writes in
 * a local transaction of its own. The adapters stay package-private; this is their one public door.
 */
public final class StandalonePriceStore {

    private StandalonePriceStore() {
    }

    /** The price store's ports over one database, and the file transactions they join. */
    public record Ports(PriceRunLogPort runs, BackfillProgressPort progress, ReadOutlierWindowsPort windows,
                        WritePricePointsPort points, SettleLatestPricesPort latest, LoadPriceStoreStatsPort stats,
                        LoadPricedVariantsPort pricedVariants, FileTransactions files) {
    }

    /**
     * The unit of work the server's recorder is, for a caller without a container: everything the ports
     * write during {@code file} (run row, points, latest prices, counters) commits together only when
     * {@code succeeded} accepts the result (the ingest reports a failed store instead of throwing), and
     * rolls back otherwise or when {@code file} throws. A failed run is still recorded: on its own connection.
     */
    @FunctionalInterface
    public interface FileTransactions {
        <T> T write(Supplier<T> file, Predicate<? super T> succeeded);
    }

    /** {@code cachedSeries}: the series whose id and outlier window stay in memory ({@code CARDVAULT_PRICES_SERIES_CACHE}). */
    public static Ports on(DataSource dataSource, long cachedSeries) {
        return on(dataSource, SeriesCachePolicy.keptWhileTheProcessRuns(cachedSeries));
    }

    /** The same with the series caches bounded by {@code policy} (its {@code windows()} is a {@link JdbcOutlierWindows}). */
    static Ports on(DataSource dataSource, SeriesCachePolicy policy) {
        PriceTransactions transactions = new PriceTransactions(dataSource);
        JdbcPriceRunLog runs = new JdbcPriceRunLog(dataSource, transactions);
        JdbcOutlierWindows windows = new JdbcOutlierWindows(dataSource, new SeriesRegistry(dataSource, policy), policy);
        return new Ports(runs, new JdbcBackfillProgress(dataSource, runs, transactions), windows,
                new JdbcPricePointWriter(transactions, windows), new JdbcLatestPrices(transactions), new JdbcPriceStoreStats(dataSource),
                new JdbcPricedVariants(dataSource), transactions::inFileTransaction);
    }
}
