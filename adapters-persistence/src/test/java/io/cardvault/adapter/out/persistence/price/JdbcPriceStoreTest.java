package io.cardvault.adapter.out.persistence.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.StoredPoints;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.PricedVariant;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The price store on real MariaDB (embedded), with Base Set Charizard's variants as catalogue rows. */
class JdbcPriceStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final VariantId HOLO = new VariantId(100);
    private static final CardId CHARIZARD = new CardId(10);
    private static final PriceSeries TREND = PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND);
    private static final PriceSeries MARKET = PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries PSA10 = PriceSeries.graded(HOLO, PriceSource.PRICECHARTING,
            Grading.of(GradingCompany.PSA, "10"));

    /** Well above what any test stores: the caches never let a series go unless a test asks them to. */
    private static final long CACHED_SERIES = 100_000;

    private DataSource dataSource;
    private JdbcPriceStore store;

    @BeforeEach
    void database() throws SQLException {
        dataSource = TestDatabase.fresh("price_store");
        store = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, CACHED_SERIES), CACHED_SERIES);
        sql("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, card_count, "
                + "language, languages, is_promo, tcgplayer_id, fingerprint) VALUES (1, 1, 'tcgdex-en', 'base1', 'BS', 'Base Set', "
                + "'1999-01-09', 102, 1, 'en', 'en', 0, 604, x'00')");
        sql("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint) "
                + "VALUES (10, 1, 1, 'base1-4', '4', '4/102', 'Charizard', 'Rare', x'00')");
        sql("INSERT INTO printing (id, card_id, language, print_run) VALUES (50, 10, 'en', 'unlimited'), (51, 10, 'en', 'shadowless')");
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, cardmarket_product_id, tcgplayer_product_id, "
                + "fingerprint) VALUES (100, 50, 'holo', 'holofoil', 'standard', 273699, 42382, x'00'), "
                + "(101, 51, 'holo', 'holofoil', 'standard', 660224, 106999, x'00')");
    }

    @Test
    void points_land_with_their_run_and_the_newest_becomes_the_latest_price() throws SQLException {
        int run = store.startRun(PriceSource.CARDMARKET, "http://sandbox/cm", new byte[20], true);
        StoredPoints stored = store.store(run, List.of(point(TREND, 0, "296.50"), point(TREND, 1, "300.00"),
                point(PSA10, 1, "30085.73")));

        assertThat(stored.written()).isEqualTo(3);
        assertThat(stored.latestChanged()).extracting(SeriesPoint::amount).extracting(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("300.00", "30085.73");
        assertThat(query("SELECT COUNT(*) FROM price_point WHERE run_id = " + run)).isEqualTo("3");
        assertThat(query("SELECT CONCAT(l.day, ' ', l.amount, ' ', l.card_id) FROM price_latest l JOIN price_series s "
                + "ON s.id = l.series_id WHERE s.price_type = 'trend'")).isEqualTo("2026-11-02 300.0000 10");
        assertThat(query("SELECT CONCAT(grading_company, ' ', grade, ' ', currency, ' ', region) FROM price_series "
                + "WHERE price_type = 'graded'")).isEqualTo("psa 10 USD us");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("3");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("1");
        assertThat(query("SELECT sandbox FROM price_ingest_run WHERE id = " + run)).isEqualTo("1");
    }

    @Test
    void a_spike_is_stored_as_an_outlier_and_never_becomes_the_latest() throws SQLException {
        List<SeriesPoint> steady = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            steady.add(point(MARKET, day, day % 2 == 0 ? "10.00" : "11.00"));
        }
        store.store(run(), steady);
        StoredPoints spike = store.store(run(), List.of(point(MARKET, 10, "110.00")));

        assertThat(spike.outliers()).isEqualTo(1);
        assertThat(spike.latestChanged()).isEmpty();
        assertThat(query("SELECT is_outlier FROM price_point WHERE day = '2026-11-11'")).isEqualTo("1");
        assertThat(query("SELECT CONCAT(day, ' ', amount) FROM price_latest")).isEqualTo("2026-11-10 11.0000");

        // the spike stays out of the window: the next ordinary day is judged against the steady days
        StoredPoints next = store.store(run(), List.of(point(MARKET, 11, "10.50")));
        assertThat(next.outliers()).isZero();
        assertThat(query("SELECT CONCAT(day, ' ', amount) FROM price_latest")).isEqualTo("2026-11-12 10.5000");
    }

    @Test
    void storing_the_same_points_again_changes_nothing_even_from_a_fresh_process() throws SQLException {
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 0; day < 12; day++) {
            points.add(point(MARKET, day, day == 11 ? "95.00" : "10.00"));
            points.add(point(TREND, day, "9.00"));
        }
        int first = run();
        store.store(first, points);
        String before = fingerprint();

        StoredPoints again = store.store(run(), points);
        assertThat(again.written()).isZero();
        assertThat(again.latestChanged()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);

        JdbcPriceStore restarted = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, CACHED_SERIES), CACHED_SERIES);
        StoredPoints afterRestart = restarted.store(run(), points);
        assertThat(afterRestart.written()).isZero();
        assertThat(afterRestart.outliers()).isEqualTo(1);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_corrected_amount_for_a_stored_day_is_updated_in_place() throws SQLException {
        store.store(run(), List.of(point(TREND, 0, "10.00"), point(TREND, 1, "10.00")));
        int correction = run();
        StoredPoints stored = store.store(correction, List.of(point(TREND, 1, "10.40")));
        assertThat(stored.written()).isEqualTo(1);
        assertThat(query("SELECT CONCAT(amount, ' ', run_id) FROM price_point WHERE day = '2026-11-02'"))
                .isEqualTo("10.4000 " + correction);
        assertThat(query("SELECT amount FROM price_latest")).isEqualTo("10.4000");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("2");
    }

    @Test
    void a_batch_that_fails_half_way_leaves_the_points_and_counters_as_they_were() throws SQLException {
        store.store(run(), List.of(point(TREND, 0, "10.00")));
        String before = fingerprint();
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 1; day < 2500; day++) {
            points.add(point(TREND, day, "10.00"));
        }
        points.add(point(MARKET, 3000, "99999999999.0000")); // wider than DECIMAL(14,4): the last statement fails
        assertThatThrownBy(() -> store.store(run(), points)).isInstanceOf(PriceStoreException.class);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_full_guide_creates_its_series_and_loads_its_points_in_bulk_and_a_re_ingest_writes_nothing() throws SQLException {
        // 3,000 more variants of the card: 6,000 new series, above the bulk thresholds of series, points and latest prices
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "SELECT 1000 + seq, 50, CONCAT('bulk-', seq), 'normal', 'standard', x'00' FROM seq_1_to_3000");
        List<SeriesPoint> day0 = new ArrayList<>();
        List<SeriesPoint> day1 = new ArrayList<>();
        for (int v = 1; v <= 3000; v++) {
            for (PriceType type : List.of(PriceType.TREND, PriceType.LOW)) {
                PriceSeries series = PriceSeries.raw(new VariantId(1000 + v), PriceSource.CARDMARKET, type);
                day0.add(point(series, 0, v + ".25"));
                day1.add(point(series, 1, v + ".50"));
            }
        }
        assertThat(store.store(run(), day0).written()).isEqualTo(6000);
        StoredPoints second = store.store(run(), day1);

        assertThat(second.written()).isEqualTo(6000);
        assertThat(second.latestChanged()).hasSize(6000);
        assertThat(query("SELECT COUNT(*) FROM price_series")).isEqualTo("6000");
        assertThat(query("SELECT COUNT(*) FROM price_point")).isEqualTo("12000");
        assertThat(query("SELECT CONCAT(COUNT(*), ' ', MIN(day), ' ', SUM(amount)) FROM price_latest"))
                .isEqualTo("6000 2026-11-02 " + new BigDecimal(2 * (3000L * 3001 / 2)).add(new BigDecimal("3000.0000")));
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("12000");
        String before = fingerprint();

        JdbcPriceStore restarted = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, CACHED_SERIES), CACHED_SERIES);
        StoredPoints again = restarted.store(run(), day1);
        assertThat(again.written()).isZero();
        assertThat(again.latestChanged()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void caches_smaller_than_the_market_read_series_and_windows_back_and_judge_the_same() throws SQLException {
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "SELECT 1000 + seq, 50, CONCAT('bulk-', seq), 'normal', 'standard', x'00' FROM seq_1_to_3000");
        // a hundred series and windows kept, of 6,000: nearly every series is read back by variant, every window from price_point
        JdbcPriceStore small = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, 100), 100);
        for (int day = 0; day <= 6; day++) {
            List<SeriesPoint> guide = new ArrayList<>();
            for (int v = 1; v <= 3000; v++) {
                for (PriceType type : List.of(PriceType.TREND, PriceType.LOW)) {
                    boolean spike = day == 6 && v == 7 && type == PriceType.TREND;
                    guide.add(point(PriceSeries.raw(new VariantId(1000 + v), PriceSource.CARDMARKET, type), day,
                            spike ? "700.00" : v + (day % 2 == 0 ? ".00" : ".10")));
                }
            }
            StoredPoints stored = small.store(run(), guide);
            assertThat(stored.written()).isEqualTo(6000);
            assertThat(stored.outliers()).isEqualTo(day == 6 ? 1 : 0);
        }

        assertThat(query("SELECT COUNT(*) FROM price_series")).isEqualTo("6000");
        assertThat(query("SELECT COUNT(*) FROM price_point")).isEqualTo("42000");
        assertThat(query("SELECT GROUP_CONCAT(DISTINCT CONCAT(s.variant_id, ' ', p.amount)) FROM price_point p "
                + "JOIN price_series s ON s.id = p.series_id WHERE p.is_outlier")).isEqualTo("1007 700.0000");
        assertThat(query("SELECT CONCAT(l.day, ' ', l.amount) FROM price_latest l JOIN price_series s ON s.id = l.series_id "
                + "WHERE s.variant_id = 1007 AND s.price_type = 'trend'")).isEqualTo("2026-11-06 7.1000");
        assertThat(query("SELECT COUNT(*) FROM price_latest WHERE day = '2026-11-07'")).isEqualTo("5999");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("42000");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("1");
    }

    @Test
    void the_priced_cards_counter_counts_a_card_once_however_many_of_its_series_are_first_priced() throws SQLException {
        sql("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint) "
                + "VALUES (11, 1, 1, 'base1-2', '2', '2/102', 'Blastoise', 'Rare', x'00')");
        sql("INSERT INTO printing (id, card_id, language, print_run) VALUES (52, 11, 'en', 'unlimited')");
        sql("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) "
                + "VALUES (102, 52, 'holo', 'holofoil', 'standard', x'00')");
        store.store(run(), List.of(point(TREND, 0, "300.00"), point(MARKET, 0, "320.00")));
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("1");

        // Charizard's graded series is new but the card was priced already; Blastoise is priced for the first time
        PriceSeries blastoise = PriceSeries.raw(new VariantId(102), PriceSource.CARDMARKET, PriceType.TREND);
        store.store(run(), List.of(point(PSA10, 1, "30000.00"),
                new SeriesPoint(blastoise, new CardId(11), DAY.plusDays(1), new BigDecimal("120.00"))));
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("2");
        assertThat(query("SELECT COUNT(DISTINCT card_id) FROM price_latest")).isEqualTo("2");
    }

    @Test
    void failed_runs_and_content_hashes_are_recorded() {
        byte[] sha = new byte[20];
        sha[0] = 7;
        int ok = store.startRun(PriceSource.TCGCSV, "http://x", sha, false);
        assertThat(store.findRunWithContent(PriceSource.TCGCSV, sha)).isEmpty();
        store.finishRun(ok, RunStatus.OK, 5, 5, "fine");
        assertThat(store.findRunWithContent(PriceSource.TCGCSV, sha)).hasValue(ok);
        assertThat(store.findRunWithContent(PriceSource.CARDMARKET, sha)).isEmpty();
        int failed = store.recordFailedRun(PriceSource.TCGCSV, "http://down", false, RunStatus.FAILED, "circuit open");
        assertThat(failed).isGreaterThan(ok);
    }

    @Test
    void priced_variants_carry_their_product_ids_set_facts_primary_flag_and_print_run() {
        List<PricedVariant> variants = new JdbcPricedVariants(dataSource).pricedVariants();
        assertThat(variants).extracting(v -> v.variantId().value() + " " + v.cardmarketProductId() + " "
                + v.tcgplayerProductId() + " " + v.primary() + " " + v.setExternalId() + " " + v.tcgplayerGroupId()
                + " " + v.printRun().code())
                .containsExactly("100 273699 42382 true base1 604 unlimited", "101 660224 106999 false base1 604 shadowless");
    }

    @Test
    void the_snapshot_keeps_market_series_and_slabs_and_the_summary_prefers_the_us_market_price() throws SQLException {
        LocalDate today = DAY.plusDays(7);
        store.store(run(), List.of(point(TREND, 0, "290.00"), point(TREND, 7, "296.50"), point(MARKET, 0, "500.00"),
                point(MARKET, 7, "550.00"), point(PSA10, 7, "30000.00"),
                point(PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.LOW), 7, "400.00")));
        JdbcPriceSnapshots snapshots = new JdbcPriceSnapshots(dataSource, Runnable::run);

        snapshots.snapshot(DAY, DAY);
        int rows = snapshots.snapshot(today, today);
        assertThat(rows).isEqualTo(3);
        assertThat(snapshots.summarise(today)).isEqualTo(1);
        assertThat(query("SELECT CONCAT(best_price, ' ', currency, ' ', price_change_7d, ' ', as_of) FROM card_price_summary"))
                .isEqualTo("550.0000 USD 10.00 2026-11-08");
        assertThat(JdbcPriceSnapshots.change(new BigDecimal("3"), new BigDecimal("2"))).isEqualByComparingTo("-33.33");
        assertThat(JdbcPriceSnapshots.change(null, BigDecimal.ONE)).isNull();
    }

    @Test
    void history_leaves_the_latest_prices_to_the_settlement_which_takes_each_series_newest_non_outlier_point()
            throws SQLException {
        List<SeriesPoint> steady = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            steady.add(point(MARKET, day, day % 2 == 0 ? "10.00" : "11.00"));
            steady.add(point(TREND, day, "9.00"));
        }
        store.storeHistory(run(), steady);
        // the last past day: the market series spikes (an outlier), the trend moves
        StoredPoints spike = store.storeHistory(run(), List.of(point(MARKET, 10, "110.00"), point(TREND, 10, "9.50")));

        assertThat(spike.outliers()).isEqualTo(1);
        assertThat(spike.latestChanged()).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM price_latest")).isEqualTo("0");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'price_points'")).isEqualTo("22");

        assertThat(store.settleLatest()).isEqualTo(2);
        assertThat(query("SELECT GROUP_CONCAT(CONCAT(s.price_type, ' ', l.day, ' ', l.amount) ORDER BY s.price_type) "
                + "FROM price_latest l JOIN price_series s ON s.id = l.series_id"))
                .isEqualTo("market 2026-11-10 11.0000,trend 2026-11-11 9.5000");
        assertThat(query("SELECT value FROM price_stat WHERE name = 'priced_cards'")).isEqualTo("1");

        // a later day moves the latest as usual, and settling again finds nothing behind
        store.store(run(), List.of(point(TREND, 11, "9.60")));
        assertThat(store.settleLatest()).isZero();
        assertThat(query("SELECT CONCAT(l.day, ' ', l.amount) FROM price_latest l JOIN price_series s ON s.id = l.series_id "
                + "WHERE s.price_type = 'trend'")).isEqualTo("2026-11-12 9.6000");
    }

    @Test
    void settling_never_moves_a_latest_price_back_and_finds_series_a_cut_short_backfill_left_without_one()
            throws SQLException {
        store.store(run(), List.of(point(TREND, 5, "9.00")));
        // a past day written after the latest: nothing to move
        store.storeHistory(run(), List.of(point(TREND, 2, "8.00"), point(MARKET, 2, "10.00")));
        JdbcPriceStore restarted = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, CACHED_SERIES), CACHED_SERIES);

        // a fresh process knows nothing it deferred, but the market series has points and no latest price
        assertThat(restarted.settleLatest()).isEqualTo(1);
        assertThat(query("SELECT GROUP_CONCAT(CONCAT(s.price_type, ' ', l.day, ' ', l.amount) ORDER BY s.price_type) "
                + "FROM price_latest l JOIN price_series s ON s.id = l.series_id"))
                .isEqualTo("market 2026-11-03 10.0000,trend 2026-11-06 9.0000");
    }

    @Test
    void the_backfills_progress_is_durable_moves_only_forward_and_a_fresh_process_resumes_from_it() throws SQLException {
        assertThat(store.lastBackfilledDay()).isEmpty();

        store.recordBackfilledDay(DAY.plusDays(3));
        store.recordBackfilledDay(DAY.plusDays(4));
        // a day recorded late (a resumed run's first, already done) never moves the progress back
        store.recordBackfilledDay(DAY.plusDays(1));

        JdbcPriceStore restarted = new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, CACHED_SERIES), CACHED_SERIES);
        assertThat(restarted.lastBackfilledDay()).contains(DAY.plusDays(4));
        assertThat(query("SELECT COUNT(*) FROM price_backfill_progress")).isEqualTo("1");
        // progress is not an ingest run: the store's run counters stay as they were
        assertThat(query("SELECT COUNT(*) FROM price_ingest_run")).isEqualTo("0");
        assertThat(restarted.backfillCompleted()).isFalse();
    }

    @Test
    void a_two_year_snapshot_in_card_slices_holds_every_day_of_the_market_series_and_none_of_the_outliers()
            throws SQLException {
        List<SeriesPoint> points = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            points.add(point(MARKET, day, day == 30 ? "500.00" : "10.00"));
            points.add(point(PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.LOW), day, "8.00"));
        }
        store.store(run(), points);
        JdbcPriceSnapshots snapshots = new JdbcPriceSnapshots(dataSource, Runnable::run);

        int rows = snapshots.snapshot(DAY, DAY.plusDays(39));

        assertThat(rows).isEqualTo(1);
        assertThat(query("SELECT CONCAT(COUNT(*), ' ', MIN(day), ' ', MAX(day), ' ', MAX(market_price)) FROM price_snapshot"))
                .isEqualTo("39 2026-11-01 2026-12-10 10.0000");
        // taken again: the same rows
        snapshots.snapshot(DAY, DAY.plusDays(39));
        assertThat(query("SELECT COUNT(*) FROM price_snapshot")).isEqualTo("39");
    }

    private int run() {
        return store.startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true);
    }

    private static SeriesPoint point(PriceSeries series, int day, String amount) {
        return new SeriesPoint(series, CHARIZARD, DAY.plusDays(day), new BigDecimal(amount));
    }

    /** Everything an ingest may write except run rows: points (with run ids), latest prices, counters. */
    private String fingerprint() throws SQLException {
        return query("SELECT CONCAT((SELECT COUNT(*) FROM price_point), '/', "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', series_id, day, amount, is_outlier, run_id))), 0) FROM price_point), '/', "
                + "(SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', series_id, day, amount, run_id))), 0) FROM price_latest), '/', "
                + "(SELECT GROUP_CONCAT(value ORDER BY name) FROM price_stat))");
    }

    private void sql(String statement) throws SQLException {
        TestDatabase.execute(dataSource, statement);
    }

    private String query(String select) throws SQLException {
        return TestDatabase.queryText(dataSource, select);
    }
}
