package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Market intelligence on the sandbox market's own history: the suite backfills 30 days of
 * Celebrations ({@code cel25}) from the sandbox over HTTP, through the real source adapters, the
 * ingest, the daily snapshots and the dashboard recompute. The sandbox constructs three of its
 * cards' series (docs/analytics.md, "Sandbox showcase series"): #1 rises exactly 10 % every 30
 * days (US$ 20 on 2026-01-01 × 1.1^(days/30)), #4 falls exactly 10 % every 30 days, #3 stays at
 * US$ 15; Cardmarket's EUR is the USD price × 0.92. The figures below are checked against that rule.
 */
class MarketHistoryIT {

    private static final String BASE = System.getProperty("cardvault.it.baseUrl", "http://localhost:9180");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration RECOMPUTE_DEADLINE = Duration.ofSeconds(90);
    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    private static long rising;
    private static long falling;
    private static long flat;
    private static LocalDate today;

    @BeforeAll
    static void backfillTheShowcaseSetFromTheSandbox() throws SQLException {
        Catalogue.awaitImported();
        today = LocalDate.now(ZoneOffset.UTC);
        JsonObject backfill = post("/sandbox/backfill?days=30&showcase_days=0&sets=cel25");
        // 31 days × 3 sources, each a file of the one set
        assertThat(backfill.getInt("files")).isEqualTo(93);
        assertThat(backfill.getInt("failed_files")).isZero();
        rising = cardId("1");
        falling = cardId("4");
        flat = cardId("3");
        awaitRecomputed();
    }

    @Test
    void the_ten_percent_card_shows_change_30d_of_ten_and_a_rising_trend_in_its_history_analysis() {
        JsonObject analysis = Api.get("/api/cards/" + rising + "/history?days=30").json().asJsonObject().getJsonObject("analysis");

        assertThat(analysis.getJsonNumber("change_30d").doubleValue()).isCloseTo(10.0, within(0.05));
        // 1.1^(7/30) − 1 = 2.249 %
        assertThat(analysis.getJsonNumber("change_7d").doubleValue()).isCloseTo(2.25, within(0.05));
        assertThat(analysis.getString("trend")).isEqualTo("rising");
        // a constant daily return has no spread around its mean
        assertThat(analysis.getJsonNumber("volatility").doubleValue()).isLessThanOrEqualTo(0.0005);
    }

    @Test
    void the_falling_and_the_flat_card_check_by_hand_too() {
        JsonObject down = Api.get("/api/cards/" + falling + "/history?days=30").json().asJsonObject().getJsonObject("analysis");
        assertThat(down.getJsonNumber("change_30d").doubleValue()).isCloseTo(-10.0, within(0.05));
        assertThat(down.getString("trend")).isEqualTo("falling");

        JsonObject level = Api.get("/api/cards/" + flat + "/history?days=30").json().asJsonObject().getJsonObject("analysis");
        assertThat(level.getJsonNumber("change_30d").doubleValue()).isZero();
        assertThat(level.getString("trend")).isEqualTo("stable");
        assertThat(level.getJsonNumber("volatility").doubleValue()).isZero();
    }

    @Test
    void the_side_rail_of_the_ten_percent_card_checks_by_hand() {
        JsonObject rail = Api.get("/api/cards/" + rising + "/trend-summary?variant=holo").json().asJsonObject();

        JsonObject current = rail.getJsonObject("current");
        assertThat(current.getString("currency")).isEqualTo("EUR");
        assertThat(current.getJsonNumber("price").bigDecimalValue()).isCloseTo(risingEur(today), within(new BigDecimal("0.01")));
        JsonObject d30 = rail.getJsonObject("deltas").getJsonObject("d30");
        assertThat(d30.getJsonNumber("pct").doubleValue()).isCloseTo(10.0, within(0.05));
        assertThat(d30.getJsonNumber("abs").bigDecimalValue())
                .isCloseTo(risingEur(today).subtract(risingEur(today.minusDays(30))), within(new BigDecimal("0.02")));
        assertThat(d30.getBoolean("anomaly")).isFalse();
        assertThat(rail.getJsonObject("all_time_high").getString("date")).isEqualTo(today.toString());
        // three sources quote the same curve: they agree
        JsonObject verdict = rail.getJsonObject("market_verdict");
        assertThat(verdict.getInt("considered_sources")).isEqualTo(3);
        assertThat(verdict.getInt("agreeing_sources")).isEqualTo(3);
        assertThat(rail.getInt("point_count")).isGreaterThanOrEqualTo(31);
    }

    @Test
    void the_recomputed_movers_rank_the_constructed_cards_with_their_changes() {
        JsonObject movers = Api.get("/api/market/movers?tcg=pokemon&period=30d&limit=50").json().asJsonObject();

        JsonObject gainer = find(movers.getJsonArray("gainers"), rising);
        assertThat(gainer.getJsonNumber("change_pct").doubleValue()).isCloseTo(10.0, within(0.05));
        assertThat(gainer.getJsonNumber("current_price").bigDecimalValue()).isCloseTo(risingEur(today), within(new BigDecimal("0.01")));
        assertThat(gainer.getString("tcg_slug")).isEqualTo("pokemon");
        assertThat(find(movers.getJsonArray("losers"), falling).getJsonNumber("change_pct").doubleValue())
                .isCloseTo(-10.0, within(0.05));
        assertThat(find(movers.getJsonArray("gainers"), flat)).isNull();
        assertThat(find(movers.getJsonArray("losers"), flat)).isNull();
        JsonObject week = Api.get("/api/market/movers?tcg=pokemon&period=7d&limit=50").json().asJsonObject();
        assertThat(find(week.getJsonArray("gainers"), rising).getJsonNumber("change_pct").doubleValue()).isCloseTo(2.25, within(0.05));
        JsonArray legacy = Api.get("/api/movers?direction=up&limit=50&tcg_slug=pokemon").json().asJsonArray();
        assertThat(find(legacy, rising)).isNotNull();
    }

    @Test
    void the_forecasts_follow_the_constructed_curves() {
        JsonObject up = Api.get("/api/cards/" + rising + "/predict").json().asJsonObject();
        assertThat(up.getString("trend")).isEqualTo("rising");
        assertThat(up.getJsonNumber("slope_per_day").doubleValue()).isPositive();
        assertThat(up.getInt("data_points")).isGreaterThanOrEqualTo(31);
        JsonObject down = Api.get("/api/cards/" + falling + "/predict").json().asJsonObject();
        assertThat(down.getString("trend")).isEqualTo("falling");

        JsonObject top = Api.get("/api/predictions/top?limit=50").json().asJsonObject();
        assertThat(find(top.getJsonArray("items"), rising)).isNotNull();
    }

    @Test
    void hot_spreads_and_stats_have_their_shapes_after_the_recompute() {
        JsonObject hot = Api.get("/api/market/hot?tcg_slug=pokemon&limit=50").json().asJsonObject();
        JsonObject hotRising = find(hot.getJsonArray("items"), rising);
        assertThat(hotRising.getJsonNumber("change_7d_pct").doubleValue()).isCloseTo(2.25, within(0.05));
        assertThat(hot.getInt("limit")).isEqualTo(50);
        // hot means busy, not rising: the falling curve moves every day (hot), the flat one never does (not hot)
        assertThat(find(hot.getJsonArray("items"), falling)).isNotNull();
        assertThat(find(hot.getJsonArray("items"), flat)).isNull();

        // whatever else the run priced, a listed spread is never a penny card's or a few cents' gap
        JsonObject spreads = Api.get("/api/market/spreads?tcg_slug=pokemon&min_spread_pct=0&limit=100").json().asJsonObject();
        assertThat(spreads.getJsonArray("items")).allSatisfy(item -> {
            JsonObject spread = item.asJsonObject();
            assertThat(spread.getJsonObject("cheapest").getJsonNumber("price_eur").doubleValue()).isGreaterThanOrEqualTo(5.0)
                    .isLessThanOrEqualTo(spread.getJsonObject("most_expensive").getJsonNumber("price_eur").doubleValue());
            assertThat(spread.getJsonNumber("spread_eur").doubleValue()).isGreaterThanOrEqualTo(1.0);
            assertThat(spread.getJsonNumber("spread_pct").doubleValue()).isGreaterThanOrEqualTo(5.0);
        });
        assertThat(spreads.getInt("limit")).isEqualTo(100);

        JsonObject stats = Api.get("/api/market/stats").json().asJsonObject();
        assertThat(stats.getJsonArray("sources").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("cardmarket", "tcgcsv", "pricecharting");
        assertThat(stats.getJsonNumber("total_cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
    }

    @Test
    void a_scoped_backfill_names_real_sets_only() {
        assertThat(Api.call("POST", "/sandbox/backfill?sets=no%20such", null).status()).isEqualTo(422);
        assertThat(Api.get("/sandbox/sets/cel25/cardmarket/priceGuide/price_guide_6.json").json().asJsonObject()
                .getJsonArray("priceGuides")).hasSize(25);
        assertThat(Api.get("/sandbox/sets/nosuchset/cardmarket/priceGuide/price_guide_6.json").status()).isEqualTo(404);
    }

    /** Cardmarket's value of the rising card on {@code day}, from the documented rule. */
    private static BigDecimal risingEur(LocalDate day) {
        double usd = 20.0 * Math.pow(1.1, ChronoUnit.DAYS.between(ANCHOR, day) / 30.0);
        return BigDecimal.valueOf(usd * 0.92).setScale(2, RoundingMode.HALF_UP);
    }

    private static long cardId(String number) throws SQLException {
        MariaDbDataSource db = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + System.getProperty("cardvault.it.dbPort", "3317")
                + "/cardvault?user=root&sslMode=disable");
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT c.id FROM card c JOIN card_set s ON s.id = c.set_id WHERE s.external_id = 'cel25' "
                        + "AND (c.collector_number = ? OR c.collector_number LIKE CONCAT(?, '/%'))")) {
            select.setString(1, number);
            select.setString(2, number);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("cel25 #" + number + " in the catalogue").isTrue();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Until a recompute after the whole backfill (today's snapshot included: a periodic recompute may
     * run between the window's snapshot and today's) lists both constructed movers at today's price.
     */
    private static void awaitRecomputed() {
        Instant deadline = Instant.now().plus(RECOMPUTE_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = Api.get("/api/market/movers?tcg=pokemon&period=30d&limit=50");
            if (reply.status() == 200) {
                JsonObject gainer = find(reply.json().asJsonObject().getJsonArray("gainers"), rising);
                if (gainer != null && find(reply.json().asJsonObject().getJsonArray("losers"), falling) != null
                        && gainer.getJsonNumber("current_price").bigDecimalValue().compareTo(risingEur(today)) == 0) {
                    return;
                }
            }
            Api.pause(Duration.ofSeconds(1));
        }
    }

    private static JsonObject find(JsonArray items, long cardId) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("card_id").longValue() == cardId).findFirst().orElse(null);
    }

    /** A backfill answers when it is done: longer than the Api helper's timeout. */
    private static JsonObject post(String path) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
