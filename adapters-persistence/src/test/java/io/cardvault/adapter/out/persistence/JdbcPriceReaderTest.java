package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.price.SetPriceStats;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The price reads on real MariaDB with hand-written rows: one card's series, points, snapshots and summaries. */
class JdbcPriceReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 5);
    private static final Currency USD = Currency.getInstance("USD");
    private static JdbcPriceReader reader;

    @BeforeAll
    static void database() throws SQLException {
        DataSource dataSource = TestDatabase.fresh("price_reads");
        reader = new JdbcPriceReader(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, "
                    + "card_count, language, languages, is_promo, fingerprint) VALUES "
                    + "(10, 1, 't', 'base1', 'BS', 'Base Set', '1999-01-09', 102, 3, 'en', 'en', 0, x'00')");
            sql.execute("INSERT INTO card (id, set_id, game_id, external_id, local_id, number_sort, collector_number, name, "
                    + "rarity, fingerprint) VALUES (101, 10, 1, 'base1-4', '4', 4, '4/102', 'Charizard', 'Rare', x'00'), "
                    + "(102, 10, 1, 'base1-2', '2', 2, '2/102', 'Blastoise', 'Rare', x'00'), "
                    + "(103, 10, 1, 'base1-10', '10', 10, '10/102', 'Mewtwo', 'Rare', x'00')");
            sql.execute("INSERT INTO printing (id, card_id, language, print_run) VALUES (1000, 101, 'en', '1st_edition'), "
                    + "(1001, 101, 'en', 'unlimited')");
            sql.execute("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) VALUES "
                    + "(5000, 1000, 'holofoil', 'holofoil', 'standard', x'00'), (5001, 1001, 'holofoil', 'holofoil', 'standard', x'00')");
            sql.execute("INSERT INTO price_ingest_run (id, source, upstream, sandbox, status) VALUES (1, 'cardmarket', 'test', 1, 'done'), "
                    + "(2, 'tcgcsv', 'test', 0, 'done')");
            sql.execute("INSERT INTO price_series (id, variant_id, card_id, source, region, price_type, grading_company, grade, "
                    + "currency) VALUES (1, 5001, 101, 'cardmarket', 'eu', 'trend', '', '', 'EUR'), "
                    + "(2, 5001, 101, 'cardmarket', 'eu', 'low', '', '', 'EUR'), "
                    + "(3, 5001, 101, 'pricecharting', 'us', 'raw_us', '', '', 'USD'), "
                    + "(4, 5001, 101, 'pricecharting', 'us', 'graded', 'psa', '10', 'USD'), "
                    + "(5, 5001, 101, 'pricecharting', 'us', 'retail_loose_buy', '', '', 'USD'), "
                    + "(6, 5000, 101, 'tcgcsv', 'us', 'market', '', '', 'USD'), "
                    + "(7, 5001, 101, 'ebay', 'us', 'last_sold', '', '', 'USD')");
            sql.execute("INSERT INTO price_point (series_id, day, amount, is_outlier, run_id) VALUES "
                    + "(1, '2026-06-02', 290, 0, 1), (1, '2026-06-03', 295, 0, 1), (1, '2026-06-04', 9999, 1, 1), (1, '2026-06-05', 296.5, 0, 1), "
                    + "(2, '2026-06-05', 114.9, 0, 1), (3, '2026-06-04', 385.25, 0, 1), (4, '2026-06-04', 30085.73, 0, 1), "
                    + "(5, '2026-06-04', 240.5, 0, 1), (6, '2026-06-03', 572.03, 0, 1), (7, '2026-06-01', 400, 0, 1)");
            sql.execute("INSERT INTO price_latest (series_id, card_id, day, amount, run_id) VALUES (1, 101, '2026-06-05', 296.5, 1), "
                    + "(2, 101, '2026-06-05', 114.9, 1), (3, 101, '2026-06-04', 385.25, 1), (4, 101, '2026-06-04', 30085.73, 1), "
                    + "(5, 101, '2026-06-04', 240.5, 1), (6, 101, '2026-06-03', 572.03, 2), (7, 101, '2026-06-01', 400, 1)");
            sql.execute("INSERT INTO price_snapshot (card_id, source, variant_id, grading_company, grade, day, currency, market_price) VALUES "
                    + "(101, 'cardmarket', 5001, '', '', '2026-06-04', 'EUR', 295), (101, 'cardmarket', 5001, '', '', '2026-06-05', 'EUR', 296.5), "
                    + "(101, 'pricecharting', 5001, 'psa', '10', '2026-06-04', 'USD', 30085.73), "
                    + "(101, 'tcgcsv', 5000, '', '', '2026-06-03', 'USD', 572.03), (101, 'mystery', 5000, '', '', '2026-06-03', 'USD', 1)");
            sql.execute("INSERT INTO card_price_summary (card_id, best_price, currency, price_change_7d, as_of) VALUES "
                    + "(101, 385.25, 'USD', -3.50, '2026-06-04'), (102, 120.00, 'USD', 12.25, '2026-06-04'), "
                    + "(103, 0.50, 'USD', 80.00, '2026-06-04')");
            sql.execute("UPDATE price_stat SET value = 10 WHERE name = 'price_points'");
            sql.execute("INSERT INTO sealed_product (id, game_id, set_id, name, product_type) VALUES (7, 1, 10, 'Base Booster Box', 'booster_box')");
            sql.execute("INSERT INTO sealed_price_snapshot (sealed_product_id, source, day, currency, market_price) VALUES "
                    + "(7, 'tcgcsv', '2026-06-05', 'USD', 15000), (7, 'cardmarket', '2026-06-05', 'EUR', 14000), (7, 'tcgcsv', '2020-01-01', 'USD', 9000)");
        }
    }

    @Test
    void latest_prices_are_every_series_newest_point_without_dealer_quotes() {
        List<PricePoint> latest = reader.latestPrices(new CardId(101));

        assertThat(latest).extracting(point -> point.series().type())
                .containsExactlyInAnyOrder(PriceType.TREND, PriceType.LOW, PriceType.RAW_US, PriceType.GRADED,
                        PriceType.MARKET, PriceType.LAST_SOLD);
        PricePoint graded = latest.stream().filter(point -> point.series().isGraded()).findFirst().orElseThrow();
        assertThat(graded.series().grading()).isEqualTo(Grading.of(GradingCompany.PSA, "10"));
        assertThat(graded.amount()).isEqualTo(Money.of("30085.73", "USD"));
        assertThat(graded.asOf()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(latest).filteredOn(PricePoint::sandbox).extracting(point -> point.series().source())
                .doesNotContain(PriceSource.TCGCSV).contains(PriceSource.CARDMARKET, PriceSource.PRICECHARTING);
        assertThat(reader.latestPrices(new CardId(999))).isEmpty();
    }

    @Test
    void region_history_is_the_variants_raw_points_of_that_region_without_outliers() {
        List<PricePoint> eu = reader.regionHistory(new VariantId(5001), Region.EU, LocalDate.of(2026, 6, 3));
        List<PricePoint> us = reader.regionHistory(new VariantId(5001), Region.US, LocalDate.EPOCH);

        assertThat(eu).extracting(point -> point.asOf() + " " + point.series().type().code() + " " + point.amount())
                .containsExactlyInAnyOrder("2026-06-03 trend 295.00 EUR", "2026-06-05 trend 296.50 EUR", "2026-06-05 low 114.90 EUR");
        assertThat(us).extracting(point -> point.series().type()).containsExactlyInAnyOrder(PriceType.RAW_US, PriceType.LAST_SOLD);
    }

    @Test
    void points_filter_by_day_range_source_and_variant() {
        assertThat(reader.points(new CardId(101), Optional.empty(), Set.of(), LocalDate.of(2026, 6, 4), DAY)).hasSize(4);
        assertThat(reader.points(new CardId(101), Optional.of(PriceSource.TCGCSV), Set.of(), LocalDate.EPOCH, DAY))
                .extracting(PricePoint::amount).containsExactly(Money.of("572.03", "USD"));
        assertThat(reader.points(new CardId(101), Optional.empty(), Set.of(new VariantId(5000)), LocalDate.EPOCH, DAY)).hasSize(1);
    }

    @Test
    void newest_points_come_newest_first_across_series_and_stop_at_the_limit() {
        List<PricePoint> newest = reader.newestPoints(new CardId(101), Optional.empty(), Set.of(), 3);

        assertThat(newest).extracting(PricePoint::asOf)
                .containsExactly(DAY, DAY, LocalDate.of(2026, 6, 4));
        assertThat(reader.newestPoints(new CardId(101), Optional.of(PriceSource.EBAY), Set.of(), 10)).hasSize(1);
        assertThat(reader.newestPoints(new CardId(999), Optional.empty(), Set.of(), 10)).isEmpty();
    }

    @Test
    void snapshots_skip_unknown_sources_and_filter_by_source_variant_and_day() {
        List<PriceSnapshot> all = reader.snapshots(new CardId(101), Optional.empty(), Set.of(), LocalDate.EPOCH);
        List<PriceSnapshot> recent = reader.snapshots(new CardId(101), Optional.of(PriceSource.CARDMARKET), Set.of(new VariantId(5001)), DAY);

        assertThat(all).hasSize(4);
        assertThat(all).filteredOn(PriceSnapshot::isGraded).extracting(PriceSnapshot::grading)
                .containsExactly(Grading.of(GradingCompany.PSA, "10"));
        assertThat(recent).extracting(PriceSnapshot::marketPrice).containsExactly(Money.of("296.50", "EUR"));
    }

    @Test
    void rankings_read_the_usd_summaries() {
        assertThat(reader.mostValuable(Optional.empty(), USD, 2)).extracting(summary -> summary.card().name())
                .containsExactly("Charizard", "Blastoise");
        assertThat(reader.mostValuable(Optional.of("mtg"), USD, 10)).isEmpty();
        assertThat(reader.topOfSet(new CardSetId(10), USD, 10)).extracting(summary -> summary.card().id()).containsExactly(101L, 102L, 103L);
        List<CardPriceSummary> movers = reader.biggestMovers(Optional.empty(), USD, BigDecimal.ONE, 10);
        assertThat(movers).extracting(summary -> summary.card().id()).containsExactly(102L, 101L);
        assertThat(movers.get(0).change7d()).contains(new BigDecimal("12.25"));
    }

    @Test
    void set_stats_cover_the_cards_priced_in_usd() {
        SetOverview set = new SetOverview(10, 1, "pokemon", "Pokémon", "BS", "Base Set", null, null, 102, 3, false, "en");

        SetPriceStats stats = reader.setStats(set, USD);

        assertThat(stats.pricedCards()).isEqualTo(3);
        assertThat(stats.minPrice()).isEqualByComparingTo("0.50");
        assertThat(stats.maxPrice()).isEqualByComparingTo("385.25");
        assertThat(stats.avgPrice()).isEqualByComparingTo("168.58");
        assertThat(stats.totalValue()).isEqualByComparingTo("505.75");
        assertThat(reader.setStats(set, Currency.getInstance("EUR")).minPrice()).isNull();
    }

    @Test
    void counters_and_sealed_history() {
        assertThat(reader.pricePointCount()).isEqualTo(10);
        assertThat(reader.sealedSnapshots(7, LocalDate.of(2026, 1, 1)))
                .extracting(snapshot -> snapshot.source().code() + " " + snapshot.marketPrice())
                .containsExactly("cardmarket 14000.00 EUR", "tcgcsv 15000.00 USD");
    }
}
