package io.cardvault.adapter.out.persistence.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.application.port.out.PricePointPortsContract;
import io.cardvault.application.port.out.PricePointWrites;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.PricedVariant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The price store's point adapters on real MariaDB (embedded), with Base Set Charizard's variants as
 * catalogue rows: the contract the in-memory fake obeys, then what only the JDBC store has: bulk
 * paths, bounded caches, a failed write's rollback (the snapshot has its own contract test).
 */
class JdbcPricePointsContractTest extends PricePointPortsContract {

    private static final VariantId HOLO = new VariantId(100);
    private static final PriceSeries TREND = PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND);
    private static final PriceSeries MARKET = PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries PSA10 = PriceSeries.graded(HOLO, PriceSource.PRICECHARTING,
            io.cardvault.domain.price.Grading.of(io.cardvault.domain.price.GradingCompany.PSA, "10"));
    /** Variant 1007's trend in a {@link #guide}, and its place there. */
    private static final PriceSeries SPIKED_SERIES = PriceSeries.raw(new VariantId(1007), PriceSource.CARDMARKET, PriceType.TREND);
    private static final int SPIKED = 12;
    /** Well above what any test stores: the caches never let a series go unless a test asks them to. */
    private static final long CACHED_SERIES = 100_000;

    private DataSource dataSource;
    private StandalonePriceStore.Ports store;

    @Override
    protected void freshStore() {
        dataSource = TestDatabase.fresh("price_points");
        store = StandalonePriceStore.on(dataSource, CACHED_SERIES);
        try {
            sql("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, card_count, "
                    + "language, languages, is_promo, tcgplayer_id, fingerprint) VALUES (1, 1, 'tcgdex-en', 'base1', 'BS', "
                    + "'Base Set', '1999-01-09', 102, 2, 'en', 'en', 0, 604, x'00')");
            sql("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint) "
                    + "VALUES (10, 1, 1, 'base1-4', '4', '4/102', 'Charizard', 'Rare', x'00'), "
                    + "(11, 1, 1, 'base1-2', '2', '2/102', 'Blastoise', 'Rare', x'00')");
            sql("INSERT INTO printing (id, card_id, language, print_run) VALUES (50, 10, 'en', 'unlimited'), "
                    + "(51, 10, 'en', 'shadowless'), (52, 11, 'en', 'unlimited')");
            sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, cardmarket_product_id, tcgplayer_product_id, "
                    + "fingerprint) VALUES (100, 50, 'holo', 'holofoil', 'standard', 273699, 42382, x'00'), "
                    + "(101, 51, 'holo', 'holofoil', 'standard', 660224, 106999, x'00'), "
                    + "(102, 52, 'holo', 'holofoil', 'standard', NULL, NULL, x'00')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected ReadOutlierWindowsPort windows() {
        return store.windows();
    }

    @Override
    protected WritePricePointsPort writer() {
        return store.points();
    }

    @Override
    protected SettleLatestPricesPort latest() {
        return store.latest();
    }

    @Override
    protected LoadPriceStoreStatsPort stats() {
        return store.stats();
    }

    @Override
    protected int run() {
        return store.runs().startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true);
    }

    @Test
    void points_land_with_their_run_and_series_and_the_newest_becomes_the_latest_price() throws SQLException {
        int run = run();
        List<SeriesPoint> points = List.of(point(TREND, 0, "296.50"), point(TREND, 1, "300.00"), point(PSA10, 1, "30085.73"));
        store.latest().moveLatest(run, write(run, points));

        assertThat(query("SELECT COUNT(*) FROM price_point WHERE run_id = " + run)).isEqualTo("3");
        assertThat(query("SELECT CONCAT(l.day, ' ', l.amount, ' ', l.card_id) FROM price_latest l JOIN price_series s "
                + "ON s.id = l.series_id WHERE s.price_type = 'trend'")).isEqualTo("2026-11-02 300.0000 10");
        assertThat(query("SELECT CONCAT(grading_company, ' ', grade, ' ', currency, ' ', region) FROM price_series "
                + "WHERE price_type = 'graded'")).isEqualTo("psa 10 USD us");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("3");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("1");
    }

    @Test
    void a_write_that_fails_half_way_leaves_the_points_and_counters_as_they_were() throws SQLException {
        int run = run();
        write(run, List.of(point(TREND, 0, "10.00")));
        String before = fingerprint();
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 1; day < 2500; day++) {
            points.add(point(TREND, day, "10.00"));
        }
        points.add(point(MARKET, 3000, "99999999999.0000")); // wider than DECIMAL(14,4): the write fails

        assertThatThrownBy(() -> write(run, points)).isInstanceOf(PriceStoreException.class);
        assertThat(fingerprint()).isEqualTo(before);
        // the windows it would have advanced were forgotten: the next read says what the table says
        assertThat(store.windows().windowsOf(List.of(point(TREND, 1, "10.00"))).get(0).amounts()).containsExactly(10.0);
    }

    @Test
    void a_full_guide_creates_its_series_and_loads_its_points_and_latest_prices_in_bulk() throws SQLException {
        // 3,000 more variants of the card: 6,000 new series, above the bulk thresholds of series, points and latest prices
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "SELECT 1000 + seq, 50, CONCAT('bulk-', seq), 'normal', 'standard', x'00' FROM seq_1_to_3000");
        int run = run();
        store.latest().moveLatest(run, write(run, guide(0, v -> v + ".25")));
        store.latest().moveLatest(run, write(run, guide(1, v -> v + ".50")));

        assertThat(query("SELECT COUNT(*) FROM price_series")).isEqualTo("6000");
        assertThat(query("SELECT COUNT(*) FROM price_point")).isEqualTo("12000");
        assertThat(query("SELECT CONCAT(COUNT(*), ' ', MIN(day), ' ', SUM(amount)) FROM price_latest"))
                .isEqualTo("6000 2026-11-02 " + new BigDecimal(2 * (3000L * 3001 / 2)).add(new BigDecimal("3000.0000")));
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("12000");

        // a fresh process reads the same guide as stored days: nothing to write
        StandalonePriceStore.Ports restarted = StandalonePriceStore.on(dataSource, CACHED_SERIES);
        assertThat(restarted.windows().windowsOf(guide(1, v -> v + ".50"))).allSatisfy(window -> {
            assertThat(window.intoPast()).isTrue();
            assertThat(window.stored()).isPresent();
        });
    }

    @Test
    void caches_smaller_than_the_market_read_series_and_windows_back_as_a_store_that_reads_them_all_would() throws SQLException {
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "SELECT 1000 + seq, 50, CONCAT('bulk-', seq), 'normal', 'standard', x'00' FROM seq_1_to_3000");
        // a hundred series and windows kept, of 6,000: nearly every series is read back by variant, every window from price_point
        StandalonePriceStore.Ports small = StandalonePriceStore.on(dataSource, 100);
        int run = run();
        for (int day = 0; day <= 7; day++) {
            int today = day;
            List<SeriesPoint> guide = guide(day, v -> v + (today % 2 == 0 ? ".00" : ".10"));
            if (day == 6) {
                guide.set(SPIKED, point(SPIKED_SERIES, 6, "700.00"));
            }
            List<PointWindow> cached = small.windows().windowsOf(guide);
            // a fresh store caching everything reads every window from the table: the truth to compare with
            List<PointWindow> read = StandalonePriceStore.on(dataSource, CACHED_SERIES).windows().windowsOf(guide);
            for (int i = 0; i < guide.size(); i++) {
                assertSameWindow(cached.get(i), read.get(i));
            }
            List<JudgedPoint> judged = new ArrayList<>();
            for (int i = 0; i < guide.size(); i++) {
                judged.add(new JudgedPoint(cached.get(i).seriesKey(), guide.get(i), day == 6 && i == SPIKED,
                        JudgedPoint.Write.APPEND));
            }
            small.points().write(run, judged);
        }
        assertThat(query("SELECT COUNT(*) FROM price_series")).isEqualTo("6000");
        assertThat(query("SELECT COUNT(*) FROM price_point")).isEqualTo("48000");
        assertThat(query("SELECT GROUP_CONCAT(DISTINCT CONCAT(s.variant_id, ' ', p.amount)) FROM price_point p "
                + "JOIN price_series s ON s.id = p.series_id WHERE p.is_outlier")).isEqualTo("1007 700.0000");
        // the spike stays out of the window of its series
        PointWindow spiked = small.windows().windowsOf(List.of(point(SPIKED_SERIES, 8, "7.00"))).get(0);
        assertThat(spiked.amounts()).containsExactly(7.0, 7.1f, 7.0, 7.1f, 7.0, 7.1f, 7.1f);
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("48000");
    }

    @Test
    void series_idle_past_the_setting_are_let_go_and_the_next_run_reads_them_back_as_a_fresh_store_would() throws SQLException {
        AtomicLong clock = new AtomicLong();
        JdbcOutlierWindows windows = threeDaysWrittenUnder(
                new SeriesCachePolicy(CACHED_SERIES, Duration.ofMinutes(10), Optional.empty(), clock::get));
        assertThat(windows.cachedWindows()).isEqualTo(6000);

        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        windows.releaseIfIdle();
        assertThat(windows.cachedWindows()).as("9 minutes idle: kept").isEqualTo(6000);

        clock.addAndGet(Duration.ofMinutes(1).toNanos());
        windows.releaseIfIdle();
        assertThat(windows.cachedWindows()).as("10 minutes idle: let go").isZero();

        assertNextDayReadBackAsFresh(windows);
    }

    /**
     * A store under {@code policy} that has written three days of 6,000 series (3,000 more variants): their windows
     * and series ids cached, as a run leaves them.
     */
    private JdbcOutlierWindows threeDaysWrittenUnder(SeriesCachePolicy policy) throws SQLException {
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "SELECT 1000 + seq, 50, CONCAT('bulk-', seq), 'normal', 'standard', x'00' FROM seq_1_to_3000");
        store = StandalonePriceStore.on(dataSource, policy);
        int run = run();
        for (int day = 0; day <= 2; day++) {
            int today = day;
            store.latest().moveLatest(run, write(run, guide(day, v -> v + (today == 1 ? ".10" : ".00"))));
        }
        return (JdbcOutlierWindows) store.windows();
    }

    /** The next day's run finds every window as a store that never cached one reads it from price_point. */
    private void assertNextDayReadBackAsFresh(JdbcOutlierWindows windows) throws SQLException {
        List<SeriesPoint> nextDay = guide(3, v -> v + ".10");
        List<PointWindow> readBack = windows.windowsOf(nextDay);
        List<PointWindow> fresh = StandalonePriceStore.on(dataSource, CACHED_SERIES).windows().windowsOf(nextDay);
        for (int i = 0; i < nextDay.size(); i++) {
            assertSameWindow(readBack.get(i), fresh.get(i));
        }
        assertThat(readBack.get(0).amounts()).containsExactly(1.0, 1.1f, 1.0);
        assertThat(query("SELECT COUNT(*) FROM price_series")).as("no series made twice").isEqualTo("6000");
    }

    @Test
    void the_runs_end_lets_every_series_go_at_once_even_when_kept_while_the_process_runs_and_the_next_run_reads_them_back()
            throws SQLException {
        JdbcOutlierWindows windows = threeDaysWrittenUnder(
                new SeriesCachePolicy(CACHED_SERIES, Duration.ZERO, Optional.empty(), new AtomicLong()::get));
        assertThat(windows.cachedWindows()).isEqualTo(6000);
        assertThat(windows.registry().cachedSeries()).isEqualTo(6000);

        windows.runsEnded();

        assertThat(windows.cachedWindows()).isZero();
        assertThat(windows.registry().cachedSeries()).isZero();
        assertNextDayReadBackAsFresh(windows);
    }

    @Test
    void a_file_whose_write_comes_long_after_its_read_keeps_its_windows_until_it_has_been_idle_as_long_after_the_write() {
        AtomicLong clock = new AtomicLong();
        store = StandalonePriceStore.on(dataSource, new SeriesCachePolicy(CACHED_SERIES, Duration.ofMinutes(10), Optional.empty(), clock::get));
        JdbcOutlierWindows windows = (JdbcOutlierWindows) store.windows();
        int run = run();
        List<SeriesPoint> day = List.of(point(TREND, 0, "10.00"), point(MARKET, 0, "11.00"));
        List<PointWindow> read = windows.windowsOf(day);

        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        store.points().write(run, List.of(new JudgedPoint(read.get(0).seriesKey(), day.get(0), false, JudgedPoint.Write.APPEND),
                new JudgedPoint(read.get(1).seriesKey(), day.get(1), false, JudgedPoint.Write.APPEND)));
        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        windows.releaseIfIdle();
        assertThat(windows.cachedWindows()).as("9 minutes after the write").isEqualTo(2);

        clock.addAndGet(Duration.ofMinutes(1).toNanos());
        windows.releaseIfIdle();
        assertThat(windows.cachedWindows()).as("10 minutes after the write").isZero();
    }

    @Test
    void series_kept_while_the_process_runs_are_never_let_go_by_time() {
        AtomicLong clock = new AtomicLong();
        store = StandalonePriceStore.on(dataSource, new SeriesCachePolicy(CACHED_SERIES, Duration.ZERO, Optional.empty(), clock::get));
        JdbcOutlierWindows windows = (JdbcOutlierWindows) store.windows();
        int run = run();
        write(run, List.of(point(TREND, 0, "10.00"), point(MARKET, 0, "11.00")));

        clock.addAndGet(Duration.ofDays(2).toNanos());
        windows.releaseIfIdle();

        assertThat(windows.cachedWindows()).isEqualTo(2);
    }

    @Test
    void priced_variants_carry_their_product_ids_set_facts_primary_flag_and_print_run() {
        List<PricedVariant> variants = store.pricedVariants().pricedVariants();
        assertThat(variants).extracting(v -> v.variantId().value() + " " + v.cardmarketProductId() + " "
                + v.tcgplayerProductId() + " " + v.primary() + " " + v.setExternalId() + " " + v.tcgplayerGroupId()
                + " " + v.printRun().code())
                .startsWith("100 273699 42382 true base1 604 unlimited", "101 660224 106999 false base1 604 shadowless");
    }

    @Test
    void a_steady_day_whose_windows_are_all_cached_is_judged_without_a_connection_and_a_past_day_still_reads_the_table() {
        AtomicInteger opened = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        opened.incrementAndGet();
                    }
                    try {
                        return method.invoke(dataSource, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        store = StandalonePriceStore.on(counting, CACHED_SERIES);
        int run = run();
        write(run, List.of(point(TREND, 0, "10.00"), point(MARKET, 0, "11.00")));

        int before = opened.get();
        List<PointWindow> steady = store.windows().windowsOf(List.of(point(TREND, 1, "10.20"), point(MARKET, 1, "11.10")));

        assertThat(opened.get()).isEqualTo(before);
        assertThat(steady).allSatisfy(window -> assertThat(window.intoPast()).isFalse());
        assertThat(steady.get(0).amounts()).containsExactly(10.0);
        PointWindow past = store.windows().windowsOf(List.of(point(TREND, 0, "10.00"))).get(0);
        assertThat(opened.get()).isEqualTo(before + 1);
        assertThat(past.stored()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("10.00"));
    }

    @Test
    void a_file_transaction_commits_run_points_latest_prices_and_counters_together_when_the_file_succeeded() throws SQLException {
        String stored = "SELECT CONCAT((SELECT COUNT(*) FROM price_ingest_run), '/', "
                + "(SELECT COUNT(*) FROM price_point), '/', (SELECT COUNT(*) FROM price_latest))";
        String before = query(stored);
        List<String> seenFromOutside = new ArrayList<>();

        int run = store.files().write(() -> {
            int started = run();
            store.latest().moveLatest(started, write(started, List.of(point(TREND, 0, "296.50"), point(TREND, 1, "300.00"))));
            store.runs().finishRun(started, RunStatus.OK, 2, 2, "2 quotes");
            seenFromOutside.add(uncheckedQuery(stored));
            return started;
        }, started -> true);

        assertThat(seenFromOutside).containsExactly(before); // one transaction: nothing showed before its commit
        assertThat(query("SELECT CONCAT(status, ' ', points_written) FROM price_ingest_run WHERE id = " + run)).isEqualTo("ok 2");
        assertThat(query("SELECT COUNT(*) FROM price_point WHERE run_id = " + run)).isEqualTo("2");
        assertThat(query("SELECT amount FROM price_latest")).isEqualTo("300.0000");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("2");
    }

    @Test
    void a_file_reported_failed_leaves_nothing_of_it_but_its_failed_run_and_forgets_the_windows_it_advanced() throws SQLException {
        int earlier = run();
        write(earlier, List.of(point(TREND, 0, "10.00")));
        String before = fingerprint();

        String status = store.files().write(() -> {
            // what the ingest service does when the recorder's store fails: it records the failure and reports it
            int started = run();
            store.latest().moveLatest(started, write(started, List.of(point(TREND, 1, "11.00"), point(MARKET, 1, "5.00"))));
            store.runs().recordFailedRun(PriceSource.TCGCSV, "http://sandbox", true, RunStatus.FAILED, "store failed");
            return "failed";
        }, "ok"::equals);

        assertThat(status).isEqualTo("failed");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(query("SELECT GROUP_CONCAT(status ORDER BY id) FROM price_ingest_run WHERE id > " + earlier)).isEqualTo("failed");
        assertThat(store.windows().windowsOf(List.of(point(TREND, 2, "10.00"))).get(0).amounts()).containsExactly(10.0);
    }

    @Test
    void a_file_that_throws_half_way_is_rolled_back_whole_and_the_failure_passes_on() throws SQLException {
        String before = fingerprint();
        String runsBefore = query("SELECT COUNT(*) FROM price_ingest_run");
        List<SeriesPoint> wide = List.of(point(MARKET, 3000, "99999999999.0000")); // wider than DECIMAL(14,4)

        assertThatThrownBy(() -> store.files().write(() -> {
            int started = run();
            store.latest().moveLatest(started, write(started, List.of(point(TREND, 0, "296.50"))));
            return write(started, wide);
        }, written -> true)).isInstanceOf(PriceStoreException.class);

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(query("SELECT COUNT(*) FROM price_ingest_run")).isEqualTo(runsBefore);
        assertThat(store.windows().windowsOf(List.of(point(TREND, 1, "10.00"))).get(0).amounts()).isEmpty();
        // the thread's file transaction is closed: the next call writes in a local transaction of its own
        int run = run();
        write(run, List.of(point(TREND, 0, "296.50")));
        assertThat(query("SELECT COUNT(*) FROM price_point WHERE run_id = " + run)).isEqualTo("1");
    }

    @Test
    void backfill_progress_is_not_an_ingest_run() throws SQLException {
        store.progress().recordBackfilledDay(DAY);

        assertThat(query("SELECT COUNT(*) FROM price_ingest_run WHERE source = 'backfill'")).isEqualTo("0");
        assertThat(store.progress().backfillCompleted()).isFalse();
    }

    private List<LatestPrice> write(int run, List<SeriesPoint> points) {
        return PricePointWrites.append(store.windows(), store.points(), run, points, false);
    }

    private interface Amount {
        String of(int variant);
    }

    /** A day of a guide for variants 1001..4000: trend and low of each. */
    private static List<SeriesPoint> guide(int day, Amount amount) {
        List<SeriesPoint> guide = new ArrayList<>();
        for (int v = 1; v <= 3000; v++) {
            for (PriceType type : List.of(PriceType.TREND, PriceType.LOW)) {
                guide.add(point(PriceSeries.raw(new VariantId(1000 + v), PriceSource.CARDMARKET, type), day, amount.of(v)));
            }
        }
        return guide;
    }

    private static void assertSameWindow(PointWindow actual, PointWindow expected) {
        assertThat(actual.seriesKey()).isEqualTo(expected.seriesKey());
        assertThat(actual.intoPast()).isEqualTo(expected.intoPast());
        assertThat(Arrays.equals(actual.amounts(), expected.amounts()))
                .as("window of series %d: %s, read %s", actual.seriesKey(), Arrays.toString(actual.amounts()),
                        Arrays.toString(expected.amounts())).isTrue();
        assertThat(actual.latestDay()).isEqualTo(expected.latestDay());
        assertThat(actual.latestAmount().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(expected.latestAmount().map(BigDecimal::stripTrailingZeros));
    }

    /** Everything an ingest may write except run rows: points (with run ids), latest prices, counters. */
    private String fingerprint() throws SQLException {
        return query("SELECT CONCAT((SELECT COUNT(*) FROM price_point), '/', "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', series_id, day, amount, is_outlier, run_id))), 0) FROM price_point), '/', "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', series_id, day, amount, run_id))), 0) FROM price_latest), '/', "
                + "(SELECT GROUP_CONCAT(value ORDER BY name) FROM price_stat))");
    }

    private String uncheckedQuery(String select) {
        try {
            return query(select);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        TestDatabase.execute(dataSource, statement);
    }

    private String query(String select) throws SQLException {
        return TestDatabase.queryText(dataSource, select);
    }
}
