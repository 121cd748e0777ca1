package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.analytics.CardMarketHistory;
import io.cardvault.application.port.out.analytics.ResolvedScope;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.application.port.out.analytics.VariantSelection;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.PriceHistory;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analytics reads and the rate store on real MariaDB with fixture prices for three cards. */
class JdbcMarketAnalyticsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static DataSource dataSource;
    private static JdbcMarketAnalytics analytics;

    @BeforeAll
    static void database() throws SQLException {
        dataSource = TestDatabase.fresh("market_analytics");
        analytics = new JdbcMarketAnalytics(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, card_count, language, "
                    + "languages, is_promo, fingerprint) VALUES (10, 1, 't', 'base1', 'BS', 'Base Set', '1999-01-09', 3, 'en', 'en', 0, x'00')");
            sql.execute("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint) VALUES "
                    + "(100, 10, 1, 'base1-4', '4', '4/102', 'Charizard', 'Rare Holo', x'00'), "
                    + "(101, 10, 1, 'base1-2', '2', '2/102', 'Blastoise', 'Rare Holo', x'00'), "
                    + "(102, 10, 1, 'base1-58', '58', '58/102', 'Pikachu', 'Common', x'00')");
            sql.execute("INSERT INTO printing (id, card_id, language, print_run) VALUES (1000, 100, 'en', 'unlimited'), "
                    + "(1001, 100, 'en', '1st_edition'), (1002, 101, 'en', 'unlimited'), (1003, 102, 'en', 'unlimited')");
            sql.execute("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint) VALUES "
                    + "(5000, 1000, 'normal', 'normal', 'standard', x'00'), (5001, 1000, 'holofoil', 'holofoil', 'standard', x'00'), "
                    + "(5002, 1001, 'holofoil', 'holofoil', 'standard', x'00'), (5003, 1002, 'normal', 'normal', 'standard', x'00'), "
                    + "(5004, 1003, 'normal', 'normal', 'standard', x'00')");
            sql.execute("UPDATE catalogue_stat SET value = 3 WHERE name = 'cards'");
            sql.execute("UPDATE catalogue_stat SET value = 1 WHERE name = 'sets'");
            sql.execute("UPDATE price_stat SET value = 4242 WHERE name = 'price_points'");
        }
        MarketFixture fixture = new MarketFixture(dataSource, TODAY);
        fixture.risingTenPercentOverThirtyDays(100, 5001);
        fixture.flat(100, "pricecharting", 5001, "USD", "107.05", 30);
        fixture.flat(100, "ebay", 5001, "USD", "107.05", 12);
        fixture.flat(100, "cardmarket", 5000, "EUR", "5", 3);
        fixture.graded(100, "pricecharting", 5001, "psa", "10", "900", 5);
        fixture.retailQuotes(100, 5001, Map.of("retail_loose_buy", "80", "retail_loose_sell", "120"));
        fixture.latest(100, 5001, "cardmarket", "eu", "trend", "EUR", "110");
        fixture.latest(100, 5001, "tcgcsv", "us", "market", "USD", "117.76");
        fixture.fallingTwentyPercentOverThirtyDays(101, 5003);
        fixture.flat(102, "cardmarket", 5004, "EUR", "1", 1);
    }

    @Test
    void a_card_reads_with_its_set_game_and_rarity() {
        assertThat(analytics.card(new CardId(100))).hasValueSatisfying(card -> {
            assertThat(card.name()).isEqualTo("Charizard");
            assertThat(card.setName()).isEqualTo("Base Set");
            assertThat(card.tcgSlug()).isEqualTo("pokemon");
            assertThat(card.rarity()).isEqualTo("Rare Holo");
        });
        assertThat(analytics.card(new CardId(999))).isEmpty();
    }

    @Test
    void auto_is_the_best_covered_variant_and_a_slug_names_print_run_and_finish() {
        assertThat(analytics.resolve(new CardId(100), AnalyticsScope.raw("auto"))).contains(new ResolvedScope(5001, "holo"));
        assertThat(analytics.resolve(new CardId(100), AnalyticsScope.raw("normal"))).contains(new ResolvedScope(5000, "normal"));
        assertThat(analytics.resolve(new CardId(100), AnalyticsScope.raw("1st_edition_holo"))).contains(new ResolvedScope(5002, "1st_edition_holo"));
        assertThat(analytics.resolve(new CardId(100), AnalyticsScope.raw("reverse_holo"))).isEmpty();
        assertThat(analytics.resolve(new CardId(100), new AnalyticsScope("auto", Optional.of(Grading.of(GradingCompany.PSA, "10")))))
                .contains(new ResolvedScope(5001, "holo"));
        assertThat(analytics.select(new CardId(100), new VariantSelection("en", "unlimited", List.of("holofoil", "reverse_holofoil"))))
                .contains(new ResolvedScope(5001, "holo"));
        assertThat(analytics.select(new CardId(100), new VariantSelection("de", "unlimited", List.of("normal")))).isEmpty();
    }

    @Test
    void histories_come_per_source_in_their_currency_and_day_order() {
        Map<PriceSource, PriceHistory> histories = analytics.histories(new CardId(100), 5001, Optional.empty(), TODAY.minusDays(365));

        assertThat(histories).containsOnlyKeys(PriceSource.CARDMARKET, PriceSource.PRICECHARTING, PriceSource.EBAY);
        PriceHistory cardmarket = histories.get(PriceSource.CARDMARKET);
        assertThat(cardmarket.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(cardmarket.size()).isEqualTo(40);
        assertThat(cardmarket.latest().orElseThrow().price()).isEqualByComparingTo("110");
        assertThat(histories.get(PriceSource.EBAY).size()).isEqualTo(12);
        assertThat(analytics.histories(new CardId(100), 5001, Optional.of(Grading.of(GradingCompany.PSA, "10")), TODAY.minusDays(365))
                .get(PriceSource.PRICECHARTING).size()).isEqualTo(5);
        assertThat(analytics.histories(new CardId(100), 5001, Optional.empty(), TODAY.minusDays(9)).get(PriceSource.CARDMARKET).size())
                .isEqualTo(10);
    }

    @Test
    void dealer_quotes_are_read_by_price_type() {
        assertThat(analytics.retailQuotes(new CardId(100), 5001)).isEqualTo(Map.of(
                PriceType.RETAIL_LOOSE_BUY, new BigDecimal("80.0000"), PriceType.RETAIL_LOOSE_SELL, new BigDecimal("120.0000")));
        assertThat(analytics.retailQuotes(new CardId(101), 5003)).isEmpty();
    }

    @Test
    void the_stream_hands_over_each_card_once_with_its_best_variant() {
        List<CardMarketHistory> seen = new ArrayList<>();

        analytics.forEachCardHistory(TODAY.minusDays(120), seen::add);

        assertThat(seen).extracting(history -> history.card().id()).containsExactly(100L, 101L, 102L);
        assertThat(seen.get(0).variant()).isEqualTo("holo");
        assertThat(seen.get(0).bySource()).containsOnlyKeys(PriceSource.CARDMARKET, PriceSource.PRICECHARTING, PriceSource.EBAY);
        assertThat(seen.get(1).bySource().get(PriceSource.CARDMARKET).latest().orElseThrow().price()).isEqualByComparingTo("40");
    }

    @Test
    void totals_count_cards_points_games_and_sources() {
        var totals = analytics.totals();

        assertThat(totals.totalCards()).isEqualTo(3);
        assertThat(totals.totalSets()).isEqualTo(1);
        assertThat(totals.totalPrices()).isEqualTo(4242);
        assertThat(totals.tcgsCovered()).isEqualTo(1);
        assertThat(totals.sources()).containsExactly("cardmarket", "pricecharting", "tcgcsv");
        assertThat(totals.lastUpdate()).isNotNull();
    }

    @Test
    void source_prices_list_headline_values_only_with_filters_and_total() {
        List<SourcePrice> all = analytics.sourcePrices(new SourcePriceFilter(Optional.empty(), List.of()), 50, 0);
        List<SourcePrice> tcgplayer = analytics.sourcePrices(new SourcePriceFilter(Optional.of("tcgcsv"), List.of("holofoil")), 50, 0);
        List<SourcePrice> nonfoil = analytics.sourcePrices(new SourcePriceFilter(Optional.empty(), List.of("normal")), 50, 0);
        SourcePriceCounts counts = analytics.sourcePriceCounts();

        assertThat(all).hasSize(2); // the dealer quotes are not headline values
        assertThat(counts.total(new SourcePriceFilter(Optional.empty(), List.of()))).isEqualTo(2);
        assertThat(counts.total(new SourcePriceFilter(Optional.of("tcgcsv"), List.of("holofoil")))).isEqualTo(1);
        assertThat(counts.total(new SourcePriceFilter(Optional.empty(), List.of("normal")))).isZero();
        assertThat(tcgplayer).singleElement().satisfies(row -> {
            assertThat(row.price()).isEqualByComparingTo("117.76");
            assertThat(row.foilStatus()).isEqualTo("foil");
            assertThat(row.variant()).isEqualTo("holo");
            assertThat(row.recordedOn()).isEqualTo(TODAY);
        });
        assertThat(nonfoil).isEmpty();
        // pages follow card id, then series: the second of one is the second of two
        assertThat(analytics.sourcePrices(new SourcePriceFilter(Optional.empty(), List.of()), 1, 1)).containsExactly(all.get(1));
    }

    @Test
    void a_source_page_reads_that_sources_headline_series_along_their_index_in_page_order_without_sorting() throws SQLException {
        // (the every-source page walks price_latest's card index instead; on a fixture this small the
        // optimizer rightly prefers a sort there, so that plan only shows on a full store)
        for (SourcePriceFilter filter : List.of(new SourcePriceFilter(Optional.of("tcgcsv"), List.of("holofoil")),
                new SourcePriceFilter(Optional.of("cardmarket"), List.of()))) {
            List<String> plan = plan(filter);
            assertThat(plan.get(0)).startsWith("s ix_price_series_headline");
            assertThat(plan).noneMatch(step -> step.contains("filesort") || step.contains("temporary"));
        }
    }

    /** EXPLAIN of the page query: per table, its index and the optimizer's notes. */
    private static List<String> plan(SourcePriceFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = JdbcMarketAnalytics.sourcePageSql(filter, parameters);
        parameters.add(50);
        parameters.add(0);
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("table") + " " + rows.getString("key") + " " + rows.getString("Extra"));
                }
            }
        }
        return plan;
    }

    @Test
    void exchange_rates_are_stored_per_day_and_the_newest_day_is_read_back() {
        JdbcExchangeRates rates = new JdbcExchangeRates(dataSource);
        Currency usd = Currency.getInstance("USD");
        rates.store(List.of(new EuroReferenceRates(LocalDate.of(2024, 6, 27), Map.of(usd, new BigDecimal("1.0713"))),
                new EuroReferenceRates(LocalDate.of(2024, 6, 28), Map.of(usd, new BigDecimal("1.07")))));
        int written = rates.store(List.of(new EuroReferenceRates(LocalDate.of(2024, 6, 28), Map.of(usd, new BigDecimal("1.0705")))));

        assertThat(written).isEqualTo(1);
        EuroReferenceRates latest = rates.latest().orElseThrow();
        assertThat(latest.day()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(latest.perEuro(usd)).contains(new BigDecimal("1.070500"));
    }
}
