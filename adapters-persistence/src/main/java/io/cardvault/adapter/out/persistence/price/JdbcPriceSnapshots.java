package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.TakePriceSnapshotPort;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The daily snapshot (price_snapshot: per card, source, variant and grading the day's market value,
 * outliers excluded) and the per-card headline (card_price_summary). The headline is the card's raw
 * US market price when it has one (TCGplayer's market, else PriceCharting's loose), else its EU
 * trend; of several variants the first priced one (lowest id); price_change_7d compares it with the
 * same series' snapshot seven days before, in percent.
 */
@ApplicationScoped
class JdbcPriceSnapshots implements TakePriceSnapshotPort {

    /** Headline preference: US raw market first, EU trend last. */
    private static final List<PriceSource> HEADLINE_ORDER = List.of(PriceSource.TCGCSV, PriceSource.PRICECHARTING,
            PriceSource.JUSTTCG, PriceSource.CARDTRADER, PriceSource.EBAY, PriceSource.CARDMARKET);
    private static final String MARKET_SERIES = Stream.of(PriceSource.values())
            .map(source -> "(s.source = '" + source.code() + "' AND s.price_type = '" + MarketPriceType.of(source).code() + "')")
            .collect(Collectors.joining(" OR ", "(", " OR s.price_type = 'graded')"));
    private static final String RAW_MARKET_SERIES = Stream.of(PriceSource.values())
            .map(source -> "(s.source = '" + source.code() + "' AND s.price_type = '" + MarketPriceType.of(source).code() + "')")
            .collect(Collectors.joining(" OR ", "(", ")"));

    /**
     * Cards per snapshot statement: two years of a slice's series is ~1M rows, short enough to hold its locks
     * briefly, and the daily snapshot is ~80 small statements.
     */
    static final int SNAPSHOT_CARDS = 500;
    /**
     * Slices written at once, each on its own connection: a slice's statement keeps one server thread busy, and
     * two keep this machine kind's two cores (and MariaDB's redo log) busy; more only queue behind them.
     */
    static final int SNAPSHOT_WRITERS = 2;

    private final DataSource dataSource;
    private final Executor executor;

    @Inject
    JdbcPriceSnapshots(DataSource dataSource, ManagedExecutorService executor) {
        this(dataSource, (Executor) executor);
    }

    JdbcPriceSnapshots(DataSource dataSource, Executor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    /** For CDI's client proxy only. */
    protected JdbcPriceSnapshots() {
        this.dataSource = null;
        this.executor = null;
    }

    @Override
    public int snapshot(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long first;
        long last;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement range = connection.prepareStatement("SELECT MIN(card_id), MAX(card_id) FROM price_series");
             ResultSet rows = range.executeQuery()) {
            rows.next();
            first = rows.getLong(1);
            last = rows.getLong(2);
        } catch (SQLException e) {
            throw new PriceStoreException("cannot write the price snapshot " + from + ".." + to, e);
        }
        // a slice of cards at a time over the whole window: each statement reads its series' points in key
        // order and writes one stretch of the snapshot's key (its leading card_id) once; slicing by month instead
        // rewrote the pages of every card once per month, and 24 passes over a table larger than the buffer pool
        // were most of a two-year backfill's snapshot time. Slices share no key range, so writers never wait on each other.
        AtomicLong nextSlice = new AtomicLong(first);
        Runnable writer = () -> {
            try (Connection connection = dataSource.getConnection()) {
                for (long start = nextSlice.getAndAdd(SNAPSHOT_CARDS); first > 0 && start <= last;
                     start = nextSlice.getAndAdd(SNAPSHOT_CARDS)) {
                    snapshotSlice(connection, from, to, start, Math.min(last, start + SNAPSHOT_CARDS - 1));
                }
            } catch (SQLException e) {
                throw new PriceStoreException("cannot write the price snapshot " + from + ".." + to, e);
            }
        };
        CompletableFuture<?>[] writers = new CompletableFuture<?>[SNAPSHOT_WRITERS];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = CompletableFuture.runAsync(writer, executor);
        }
        try {
            CompletableFuture.allOf(writers).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof PriceStoreException failed ? failed : e;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM price_snapshot WHERE day = ?")) {
            count.setDate(1, Date.valueOf(to));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot count the price snapshot of " + to, e);
        }
    }

    private static void snapshotSlice(Connection connection, LocalDate from, LocalDate to, long firstCard, long lastCard)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price_snapshot (card_id, source, "
                + "variant_id, grading_company, grade, day, currency, market_price) SELECT s.card_id, s.source, "
                + "s.variant_id, s.grading_company, s.grade, p.day, s.currency, p.amount FROM price_series s "
                + "JOIN price_point p ON p.series_id = s.id AND p.day BETWEEN ? AND ? WHERE s.card_id BETWEEN ? AND ? "
                + "AND p.is_outlier = 0 AND " + MARKET_SERIES + " ON DUPLICATE KEY UPDATE currency = VALUES(currency), "
                + "market_price = VALUES(market_price)")) {
            insert.setDate(1, Date.valueOf(from));
            insert.setDate(2, Date.valueOf(to));
            insert.setLong(3, firstCard);
            insert.setLong(4, lastCard);
            insert.executeUpdate();
        }
    }

    @Override
    public int summarise(LocalDate day) {
        Map<Long, Headline> headlines = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT s.card_id, s.variant_id, s.source, s.currency, "
                    + "l.amount, l.day FROM price_latest l JOIN price_series s ON s.id = l.series_id WHERE l.day <= ? AND "
                    + "s.grading_company = '' AND " + RAW_MARKET_SERIES)) {
                select.setDate(1, Date.valueOf(day));
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Headline candidate = new Headline(rows.getLong(1), rows.getLong(2),
                                PriceSource.fromCode(rows.getString(3)), rows.getString(4), rows.getBigDecimal(5),
                                rows.getDate(6).toLocalDate());
                        headlines.merge(candidate.cardId, candidate, Headline::better);
                    }
                }
            }
            Map<String, BigDecimal> weekAgo = weekAgo(connection, day.minusDays(7));
            List<Headline> rows = new ArrayList<>(headlines.values());
            for (int from = 0; from < rows.size(); from += PriceSql.ROWS) {
                List<Headline> chunk = rows.subList(from, Math.min(from + PriceSql.ROWS, rows.size()));
                StringBuilder sql = new StringBuilder("INSERT INTO card_price_summary (card_id, best_price, currency, "
                        + "price_change_7d, as_of) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)");
                }
                sql.append(" ON DUPLICATE KEY UPDATE best_price = VALUES(best_price), currency = VALUES(currency), "
                        + "price_change_7d = VALUES(price_change_7d), as_of = VALUES(as_of)");
                try (PreparedStatement upsert = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Headline headline : chunk) {
                        upsert.setLong(p++, headline.cardId);
                        upsert.setBigDecimal(p++, headline.amount);
                        upsert.setString(p++, headline.currency);
                        upsert.setBigDecimal(p++, change(weekAgo.get(headline.key()), headline.amount));
                        upsert.setDate(p++, Date.valueOf(headline.day));
                    }
                    upsert.executeUpdate();
                }
            }
            return rows.size();
        } catch (SQLException e) {
            throw new PriceStoreException("cannot summarise card prices as of " + day, e);
        }
    }

    private static Map<String, BigDecimal> weekAgo(Connection connection, LocalDate day) throws SQLException {
        Map<String, BigDecimal> amounts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT card_id, source, variant_id, market_price "
                + "FROM price_snapshot WHERE day = ? AND grading_company = ''")) {
            select.setDate(1, Date.valueOf(day));
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    amounts.put(rows.getLong(1) + "/" + rows.getString(2) + "/" + rows.getLong(3), rows.getBigDecimal(4));
                }
            }
        }
        return amounts;
    }

    /** Percent change, two decimals; none without a week-old value or from zero. */
    static BigDecimal change(BigDecimal before, BigDecimal now) {
        if (before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }

    private record Headline(long cardId, long variantId, PriceSource source, String currency, BigDecimal amount,
                            LocalDate day) {

        String key() {
            return cardId + "/" + source.code() + "/" + variantId;
        }

        Headline better(Headline other) {
            int mine = HEADLINE_ORDER.indexOf(source);
            int theirs = HEADLINE_ORDER.indexOf(other.source);
            if (mine != theirs) {
                return mine < theirs ? this : other;
            }
            return variantId <= other.variantId ? this : other;
        }
    }
}
