package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.MarketFixture;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Market intelligence on fixture prices written into the server's database, for what the sandbox
 * market does not produce (eBay sold comps, dealer quotes, graded-only scopes, a priced card beside
 * one without prices) and for the routes' validation; the hand-checked figures on the sandbox's own
 * history are in {@link MarketHistoryIT}. Card A rises exactly 10 % over 30 days on Cardmarket and
 * PriceCharting and sells 12 times on eBay, card B falls 20 %, card C is twice as dear on TCGplayer
 * as on Cardmarket. The server recomputes its aggregates every 3 s in the IT configuration.
 */
class MarketIntelligenceIT {

    private static final Duration RECOMPUTE_DEADLINE = Duration.ofSeconds(90);
    private static long cardA;
    private static long cardB;
    private static long cardC;
    private static long cardWithoutPrices;
    private static LocalDate today;

    @BeforeAll
    static void fixturePrices() throws SQLException {
        Catalogue.awaitImported();
        MariaDbDataSource db = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + System.getProperty("cardvault.it.dbPort", "3317")
                + "/cardvault?user=root&sslMode=disable");
        List<long[]> cards = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT p.card_id, v.id FROM printing p JOIN variant v ON v.printing_id = p.id JOIN card c ON c.id = p.card_id "
                        + "JOIN game g ON g.id = c.game_id WHERE g.slug = 'pokemon' AND p.language = 'en' "
                        + "AND p.print_run = 'unlimited' AND v.finish = 'normal' ORDER BY p.card_id LIMIT 4");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cards.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        assertThat(cards).hasSize(4);
        cardA = cards.get(0)[0];
        cardB = cards.get(1)[0];
        cardC = cards.get(2)[0];
        cardWithoutPrices = cards.get(3)[0];
        today = LocalDate.now(ZoneOffset.UTC);
        MarketFixture fixture = new MarketFixture(db, today);
        fixture.clear(cardA, cardB, cardC, cardWithoutPrices);
        fixture.risingTenPercentOverThirtyDays(cardA, cards.get(0)[1]);
        fixture.risingTenPercentOverThirtyDays(cardA, "pricecharting", cards.get(0)[1], "USD", new BigDecimal("107.05"));
        fixture.flat(cardA, "ebay", cards.get(0)[1], "USD", "107.05", 12);
        fixture.graded(cardA, "pricecharting", cards.get(0)[1], "psa", "10", "900", 5);
        fixture.retailQuotes(cardA, cards.get(0)[1], Map.of("retail_loose_buy", "80", "retail_loose_sell", "120"));
        fixture.latest(cardA, cards.get(0)[1], "cardmarket", "eu", "trend", "EUR", "110");
        fixture.fallingTwentyPercentOverThirtyDays(cardB, cards.get(1)[1]);
        // a week of quotes on each source: a spread needs 3 values per source in its week, not one stray day
        fixture.flat(cardC, "cardmarket", cards.get(2)[1], "EUR", "10", 7);
        fixture.flat(cardC, "tcgcsv", cards.get(2)[1], "USD", "21.41", 7); // 21.41 / 1.0705 = 20.00 EUR
        awaitRecomputed();
    }

    /**
     * Until a recompute after the whole fixture lists card A among the 30-day gainers, card B among
     * the losers and card C among the spreads (a recompute every 3 s can fall between the fixture's inserts).
     */
    private static void awaitRecomputed() {
        Instant deadline = Instant.now().plus(RECOMPUTE_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = Api.get("/api/market/movers?tcg=pokemon&period=30d&limit=50");
            if (reply.status() == 200 && find(reply.json().asJsonObject().getJsonArray("gainers"), cardA) != null
                    && find(reply.json().asJsonObject().getJsonArray("losers"), cardB) != null
                    && find(Api.get("/api/market/spreads?tcg_slug=pokemon&min_spread_pct=50").json().asJsonObject()
                            .getJsonArray("items"), cardC) != null) {
                return;
            }
            Api.pause(Duration.ofSeconds(1));
        }
    }

    @Test
    void the_ten_percent_card_is_a_thirty_day_gainer_and_the_falling_one_a_loser() {
        JsonObject movers = Api.get("/api/market/movers?tcg=pokemon&period=30d&limit=50").json().asJsonObject();

        JsonObject gainer = find(movers.getJsonArray("gainers"), cardA);
        assertThat(gainer).isNotNull();
        assertThat(gainer.getJsonNumber("change_pct").doubleValue()).isEqualTo(10.0);
        assertThat(gainer.getJsonNumber("change_abs").bigDecimalValue()).isEqualByComparingTo("10.00");
        assertThat(gainer.getJsonNumber("current_price").bigDecimalValue()).isEqualByComparingTo("110.00");
        assertThat(gainer.getString("tcg_slug")).isEqualTo("pokemon");
        JsonObject loser = find(movers.getJsonArray("losers"), cardB);
        assertThat(loser.getJsonNumber("change_pct").doubleValue()).isEqualTo(-20.0);
        assertThat(movers.getString("period")).isEqualTo("30d");
        assertThat(movers.getString("tcg")).isEqualTo("pokemon");
        assertThat(movers.getJsonArray("most_volatile")).isNotNull();
    }

    @Test
    void movers_default_to_seven_days_over_all_games_and_validate_their_parameters() {
        JsonObject movers = Api.get("/api/market/movers").json().asJsonObject();
        assertThat(movers.getString("period")).isEqualTo("7d");
        assertThat(movers.getString("tcg")).isEqualTo("all");
        assertThat(movers.getJsonArray("gainers").size()).isLessThanOrEqualTo(20);

        Api.Reply badPeriod = Api.get("/api/market/movers?period=1y");
        assertThat(badPeriod.status()).isEqualTo(422);
        assertThat(badPeriod.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("period");
        assertThat(Api.get("/api/market/movers?limit=51").status()).isEqualTo(422);
        Api.Reply unknownGame = Api.get("/api/market/movers?tcg=nosuchgame");
        assertThat(unknownGame.status()).isEqualTo(404);
        assertThat(unknownGame.json().asJsonObject().getString("detail")).isEqualTo("TCG not found");
    }

    @Test
    void the_legacy_movers_are_a_flat_list_in_one_direction() {
        JsonArray down = Api.get("/api/movers?direction=down&limit=50&tcg_slug=pokemon").json().asJsonArray();

        assertThat(find(down, cardB)).isNotNull();
        assertThat(find(down, cardA)).isNull();
        assertThat(Api.get("/api/movers?direction=sideways").status()).isEqualTo(422);
    }

    @Test
    void the_side_rail_of_the_ten_percent_card_checks_by_hand() {
        Api.Reply reply = Api.get("/api/cards/" + cardA + "/trend-summary");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject rail = reply.json().asJsonObject();

        assertThat(rail.getJsonObject("scope").getString("variant")).isEqualTo("normal");
        assertThat(rail.getJsonObject("scope").isNull("grading_company")).isTrue();
        JsonObject current = rail.getJsonObject("current");
        assertThat(current.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("110.00");
        assertThat(current.getString("currency")).isEqualTo("EUR");
        JsonObject deltas = rail.getJsonObject("deltas");
        assertThat(deltas.getJsonObject("d30").getJsonNumber("pct").doubleValue()).isEqualTo(10.0);
        assertThat(deltas.getJsonObject("d30").getBoolean("anomaly")).isFalse();
        assertThat(deltas.getJsonObject("d7").getJsonNumber("pct").doubleValue()).isEqualTo(2.17); // 2.3333 / 107.6667
        assertThat(deltas.getJsonObject("d90").isNull("abs")).isTrue(); // 40 days of history
        assertThat(deltas.getJsonObject("d365").isNull("pct")).isTrue();
        assertThat(rail.getJsonObject("all_time_high").getString("date")).isEqualTo(today.toString());
        assertThat(rail.getInt("sales_volume_30d")).isEqualTo(12);
        assertThat(rail.getInt("point_count")).isEqualTo(40);
        JsonObject verdict = rail.getJsonObject("market_verdict");
        assertThat(verdict.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("105.17"); // median of the last 30 days
        assertThat(verdict.getInt("considered_sources")).isEqualTo(3);
        assertThat(verdict.getInt("agreeing_sources")).isEqualTo(3);
        assertThat(verdict.getString("confidence")).isEqualTo("high");
        assertThat(verdict.getString("region_bias")).isEqualTo("mixed"); // EU weight 2.0 of 4.0
        JsonObject loose = rail.getJsonObject("buy_sell_spread").getJsonObject("tiers").getJsonObject("loose");
        assertThat(loose.getJsonNumber("mid").bigDecimalValue()).isEqualByComparingTo("100.00");
        assertThat(rail.getJsonObject("buy_sell_spread").getJsonObject("tiers").containsKey("cib")).isFalse();
        assertThat(rail.getJsonObject("velocity").getString("label")).isEqualTo("Active");
        assertThat(rail.getJsonObject("velocity").getInt("sample_30d")).isEqualTo(12);
    }

    @Test
    void a_graded_scope_reads_the_slab_and_has_no_buy_sell_spread() {
        JsonObject rail = Api.get("/api/cards/" + cardA + "/trend-summary?grading_company=psa&grade=10").json().asJsonObject();

        assertThat(rail.getJsonObject("scope").getString("grading_company")).isEqualTo("PSA");
        assertThat(rail.getJsonObject("current").getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("900.00");
        assertThat(rail.getJsonObject("current").getString("currency")).isEqualTo("USD");
        assertThat(rail.get("buy_sell_spread")).isEqualTo(JsonValue.NULL);
        assertThat(rail.get("velocity")).isEqualTo(JsonValue.NULL);
        assertThat(rail.get("sales_volume_30d")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void the_side_rail_rejects_a_grade_without_company_and_unknown_cards() {
        assertThat(Api.get("/api/cards/" + cardA + "/trend-summary?grade=10").status()).isEqualTo(422);
        assertThat(Api.get("/api/cards/" + cardA + "/trend-summary?grading_company=XYZ&grade=10").status()).isEqualTo(422);
        Api.Reply missing = Api.get("/api/cards/999999999/trend-summary");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().asJsonObject().getString("detail")).isEqualTo("Card not found");
    }

    @Test
    void a_card_without_prices_has_a_side_rail_of_nulls() {
        JsonObject rail = Api.get("/api/cards/" + cardWithoutPrices + "/trend-summary").json().asJsonObject();

        assertThat(rail.get("current")).isEqualTo(JsonValue.NULL);
        assertThat(rail.get("market_verdict")).isEqualTo(JsonValue.NULL);
        assertThat(rail.get("all_time_high")).isEqualTo(JsonValue.NULL);
        assertThat(rail.getInt("point_count")).isZero();
    }

    @Test
    void the_forecast_of_the_rising_card_is_rising_with_high_confidence() {
        JsonObject forecast = Api.get("/api/cards/" + cardA + "/predict?days_ahead=60").json().asJsonObject();

        assertThat(forecast.getString("source")).isEqualTo("pricecharting");
        assertThat(forecast.getString("trend")).isEqualTo("rising");
        assertThat(forecast.getString("confidence")).isEqualTo("high");
        assertThat(forecast.getInt("data_points")).isEqualTo(40);
        assertThat(forecast.getJsonNumber("slope_per_day").doubleValue()).isPositive();
        assertThat(forecast.getJsonArray("future_points")).hasSize(30);
        assertThat(forecast.getJsonArray("future_points").getJsonObject(29).getString("date"))
                .isEqualTo(today.plusDays(60).toString());
        assertThat(Api.get("/api/cards/" + cardA + "/predict?days_ahead=6").status()).isEqualTo(422);
        assertThat(Api.get("/api/cards/999999999/predict").status()).isEqualTo(404);
    }

    @Test
    void a_forecast_names_its_variant_and_one_asked_for_another_variant_does_not_borrow_the_priced_ones() {
        JsonObject best = Api.get("/api/cards/" + cardA + "/predict").json().asJsonObject();
        JsonObject normal = Api.get("/api/cards/" + cardA + "/predict?variant=normal").json().asJsonObject();
        JsonObject firstEdition = Api.get("/api/cards/" + cardA + "/predict?variant=1st_edition_holo").json().asJsonObject();

        assertThat(best.getString("variant")).isEqualTo("normal");
        assertThat(normal.getJsonNumber("predicted_price")).isEqualTo(best.getJsonNumber("predicted_price"));
        assertThat(firstEdition.get("predicted_price")).isEqualTo(JsonValue.NULL);
        assertThat(firstEdition.get("current_price")).isEqualTo(JsonValue.NULL);
        assertThat(Api.get("/api/cards/" + cardA + "/predict?variant=not%20a%20slug").status()).isEqualTo(422);
    }

    @Test
    void the_card_page_shows_the_forecast_and_market_box_of_the_variant_on_screen_only() throws SQLException {
        MariaDbDataSource db = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + System.getProperty("cardvault.it.dbPort", "3317")
                + "/cardvault?user=root&sslMode=disable");
        long[] twoPrintings = cardWithAnEnglishAndAnotherPrinting(db);
        long card = twoPrintings[0];
        MarketFixture fixture = new MarketFixture(db, today);
        fixture.clear(card);
        fixture.risingTenPercentOverThirtyDays(card, twoPrintings[1]);

        String english = Api.get("/en/cards/" + card + "?variant=" + twoPrintings[1]).body();
        String other = Api.get("/en/cards/" + card + "?variant=" + twoPrintings[2]).body();

        assertThat(english).contains("30-day forecast");
        assertThat(other).doesNotContain("30-day forecast");
    }

    /** A card, its English unlimited normal variant and a variant of another language's printing. */
    private static long[] cardWithAnEnglishAndAnotherPrinting(MariaDbDataSource db) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT p.card_id, v.id, (SELECT ov.id FROM printing op JOIN variant ov ON ov.printing_id = op.id "
                        + "WHERE op.card_id = p.card_id AND op.language <> 'en' ORDER BY ov.id LIMIT 1) AS other "
                        + "FROM printing p JOIN variant v ON v.printing_id = p.id JOIN card c ON c.id = p.card_id "
                        + "JOIN game g ON g.id = c.game_id WHERE g.slug = 'pokemon' AND p.language = 'en' "
                        + "AND p.print_run = 'unlimited' AND v.finish = 'normal' HAVING other IS NOT NULL "
                        + "ORDER BY p.card_id DESC LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            assertThat(rows.next()).as("a card printed in English and another language").isTrue();
            return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
        }
    }

    @Test
    void top_predictions_list_the_rising_card() {
        JsonObject top = Api.get("/api/predictions/top?limit=50").json().asJsonObject();

        assertThat(find(top.getJsonArray("items"), cardA)).isNotNull();
        assertThat(Api.get("/api/predictions/top?limit=51").status()).isEqualTo(422);
    }

    @Test
    void spreads_hot_cards_and_stats() {
        JsonObject spreads = Api.get("/api/market/spreads?tcg_slug=pokemon&min_spread_pct=50").json().asJsonObject();
        JsonObject spread = find(spreads.getJsonArray("items"), cardC);
        assertThat(spread.getJsonNumber("spread_pct").doubleValue()).isEqualTo(100.0);
        assertThat(spread.getJsonObject("cheapest").getString("source")).isEqualTo("cardmarket");
        assertThat(spread.getJsonObject("most_expensive").getJsonNumber("price_eur").bigDecimalValue()).isEqualByComparingTo("20.00");
        assertThat(spreads.getJsonNumber("min_spread_pct").doubleValue()).isEqualTo(50.0);

        JsonObject hot = Api.get("/api/market/hot?tcg_slug=pokemon").json().asJsonObject();
        JsonObject hotA = find(hot.getJsonArray("items"), cardA);
        assertThat(hotA.getInt("sales_7d")).isEqualTo(7);
        // activity, not the change: a new Cardmarket and PriceCharting value on each of the 7 days, plus the 7 sales
        assertThat(hotA.getInt("price_updates_7d")).isEqualTo(14);
        assertThat(hotA.getJsonNumber("heat").doubleValue()).isEqualTo(21.0);
        // the falling card is as busy as a riser: hot cards are not the gainers (one source: 7 updates, further down)
        assertThat(find(Api.get("/api/market/hot?tcg_slug=pokemon&limit=50").json().asJsonObject().getJsonArray("items"), cardB))
                .isNotNull();
        assertThat(hot.getInt("limit")).isEqualTo(12);

        JsonObject stats = Api.get("/api/market/stats").json().asJsonObject();
        assertThat(stats.getJsonNumber("total_cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        assertThat(stats.getJsonArray("sources").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("cardmarket", "pricecharting");
        assertThat(stats.getInt("tcgs_covered")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_stash_score_of_the_rising_card() {
        JsonObject score = Api.get("/api/cards/" + cardA + "/stash-score").json().asJsonObject();

        JsonObject components = score.getJsonObject("components");
        assertThat(components.getInt("price_momentum")).isEqualTo(18); // 12.5 + 10 / 2 = 17.5 → 18
        assertThat(components.getInt("liquidity")).isEqualTo(10); // 12 sales × 25 / 30
        assertThat(components.getInt("source_agreement")).isEqualTo(25); // 3 of 3
        assertThat(score.getInt("score")).isBetween(0, 100);
        assertThat(score.getString("label")).isNotBlank();
    }

    @Test
    void price_intelligence_weighs_the_sources_in_euro() {
        JsonObject answer = Api.get("/api/price-intelligence/cards/" + cardA).json().asJsonObject();

        JsonArray breakdown = answer.getJsonArray("source_breakdown");
        assertThat(breakdown).hasSize(3);
        JsonObject ebay = breakdown.getValuesAs(JsonObject.class).stream()
                .filter(source -> source.getString("source").equals("ebay")).findFirst().orElseThrow();
        assertThat(ebay.getJsonNumber("median_eur").bigDecimalValue()).isEqualByComparingTo("100.00"); // 107.05 USD / 1.0705
        assertThat(ebay.getInt("n_listings")).isEqualTo(12);
        JsonObject summary = answer.getJsonObject("price_summary");
        assertThat(summary.getJsonNumber("confidence").doubleValue()).isEqualTo(1.0);
        assertThat(summary.getJsonNumber("low_eur").bigDecimalValue()).isEqualByComparingTo("100.00");

        JsonObject played = Api.get("/api/price-intelligence/cards/" + cardA + "?condition=LP").json().asJsonObject();
        assertThat(played.get("price_summary")).isEqualTo(JsonValue.NULL);
        assertThat(played.getJsonArray("correlation_notes")).isNotEmpty();
        assertThat(Api.get("/api/price-intelligence/cards/" + cardA + "?foil_status=shiny").status()).isEqualTo(422);
        assertThat(Api.get("/api/price-intelligence/cards/999999999").status()).isEqualTo(404);
    }

    @Test
    void per_source_values_are_paged_with_their_euro_value() {
        JsonObject page = Api.get("/api/price-intelligence/sources?source=cardmarket&foil_status=nonfoil&limit=200").json().asJsonObject();

        JsonObject row = find(page.getJsonArray("items"), cardA);
        assertThat(row.getJsonNumber("price_eur").bigDecimalValue()).isEqualByComparingTo("110.00");
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(page.getInt("limit")).isEqualTo(200);
        assertThat(Api.get("/api/price-intelligence/sources?condition=LP").json().asJsonObject().getJsonNumber("total").longValue())
                .isZero();
        assertThat(Api.get("/api/price-intelligence/sources?limit=201").status()).isEqualTo(422);
    }

    @Test
    void exchange_rates_come_from_the_bundled_ecb_document() {
        JsonObject fx = Api.get("/api/price-intelligence/fx").json().asJsonObject();

        assertThat(fx.getString("from_currency")).isEqualTo("USD");
        assertThat(fx.getString("to_currency")).isEqualTo("EUR");
        assertThat(fx.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("0.934143"); // 1 / 1.0705
        assertThat(fx.getString("date")).isEqualTo("2024-06-28");
        JsonObject cross = Api.get("/api/price-intelligence/fx?from_currency=usd&to_currency=GBP").json().asJsonObject();
        assertThat(cross.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("0.790640"); // 0.84638 / 1.0705
        assertThat(Api.get("/api/price-intelligence/fx?from_currency=XYZ").status()).isEqualTo(422);
        Api.Reply noRate = Api.get("/api/price-intelligence/fx?from_currency=RUB");
        assertThat(noRate.status()).isEqualTo(404);
        assertThat(noRate.json().asJsonObject().getString("detail")).isEqualTo("No reference rate for RUB");
    }

    private static JsonObject find(JsonArray items, long cardId) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("card_id").longValue() == cardId).findFirst().orElse(null);
    }
}
