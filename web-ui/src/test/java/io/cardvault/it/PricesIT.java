package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every price route's shape, defaults, caps and errors, on the rows {@link PriceFixtures} writes. */
class PricesIT {

    private static PriceFixtures.Fixture prices;
    private static String card;

    @BeforeAll
    static void pricesStored() {
        assertThat(Catalogue.awaitImported().getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(Catalogue.IMPORTED_CARDS);
        prices = PriceFixtures.install();
        card = "/api/cards/" + prices.cardId();
    }

    private static JsonObject ok(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static JsonArray okArray(String path) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json().asJsonArray();
    }

    private static void unprocessable(String path, String parameter) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(422);
        JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add(parameter).build());
    }

    private static void notFound(String path, String detail) {
        Api.Reply reply = Api.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(404);
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", detail).build());
    }

    private static BigDecimal number(JsonObject object, String key) {
        return object.getJsonNumber(key).bigDecimalValue();
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static final String TODAY = PriceFixtures.TODAY.toString();

    // ---- Data API v2

    @Test
    void v2_detail_groups_each_variants_latest_prices_into_eu_us_and_graded() {
        Api.Reply reply = Api.get("/api/v2/cards/" + prices.cardId());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
        JsonObject variant = objects(reply.json().asJsonObject().getJsonArray("printings")).stream()
                .flatMap(p -> objects(p.getJsonArray("variants")).stream())
                .filter(v -> v.getJsonNumber("id").longValue() == prices.variantId()).findFirst().orElseThrow();
        JsonObject regions = variant.getJsonObject("prices");

        List<JsonObject> eu = objects(regions.getJsonArray("eu"));
        assertThat(eu).extracting(row -> row.getString("price_type")).containsExactly("low", "trend");
        assertThat(eu.get(1)).isEqualTo(Json.createObjectBuilder().add("source", "cardmarket").add("price_type", "trend")
                .add("currency", "EUR").add("amount", new BigDecimal("200.00")).add("as_of", TODAY).add("sandbox", false).build());
        assertThat(objects(regions.getJsonArray("us"))).extracting(row -> row.getString("source") + " " + row.getString("price_type"))
                .containsExactly("ebay last_sold", "pricecharting raw_us", "tcgcsv low", "tcgcsv market");
        List<JsonObject> graded = objects(regions.getJsonArray("graded"));
        assertThat(graded).extracting(row -> row.getString("source") + " " + row.getString("grading_company") + " " + row.getString("grade"))
                .containsExactly("ebay psa 10", "pricecharting other 9", "pricecharting other pc17", "pricecharting psa 10");
        assertThat(graded.get(0).keySet()).containsExactlyInAnyOrder("source", "grading_company", "grade", "currency", "amount", "as_of", "sandbox");
    }

    @Test
    void v2_detail_of_an_unpriced_variant_has_empty_arrays_not_null() {
        JsonObject card = ok("/api/v2/cards/" + prices.alakazamId());
        JsonObject regions = card.getJsonArray("printings").getJsonObject(0).getJsonArray("variants").getJsonObject(0)
                .getJsonObject("prices");

        assertThat(regions).isEqualTo(Json.createObjectBuilder().add("eu", JsonValue.EMPTY_JSON_ARRAY)
                .add("us", JsonValue.EMPTY_JSON_ARRAY).add("graded", JsonValue.EMPTY_JSON_ARRAY).build());
    }

    @Test
    void v2_history_defaults_to_eu_90_days_of_the_first_variant_without_outliers() {
        Api.Reply reply = Api.get("/api/v2/cards/" + prices.cardId() + "/history");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
        List<JsonObject> points = objects(reply.json().asJsonObject().getJsonArray("points"));

        // trend: 91 days minus the outlier; low: 10 days
        assertThat(points).hasSize(90 + PriceFixtures.RECENT_DAYS);
        assertThat(points).allSatisfy(point -> assertThat(point.keySet()).containsExactlyInAnyOrder("date", "amount", "source", "price_type"));
        assertThat(points).noneMatch(point -> number(point, "amount").compareTo(new BigDecimal("9999")) == 0);
        assertThat(points.get(points.size() - 2).getString("price_type")).isEqualTo("low");
        assertThat(points.get(points.size() - 1)).isEqualTo(Json.createObjectBuilder().add("date", TODAY)
                .add("amount", new BigDecimal("200.00")).add("source", "cardmarket").add("price_type", "trend").build());
        assertThat(points).isSortedAccordingTo((a, b) -> (a.getString("date") + a.getString("price_type"))
                .compareTo(b.getString("date") + b.getString("price_type")));
    }

    @Test
    void v2_history_by_region_days_and_variant() {
        String base = "/api/v2/cards/" + prices.cardId() + "/history";

        assertThat(ok(base + "?region=us&days=3").getJsonArray("points")).hasSize(4 * 4);
        assertThat(ok(base + "?region=jp").getJsonArray("points")).isEmpty();
        assertThat(ok(base + "?days=3650&variant_id=" + prices.variantId()).getJsonArray("points"))
                .hasSize(PriceFixtures.TREND_DAYS - 1 + PriceFixtures.RECENT_DAYS);
        unprocessable(base + "?days=0", "days");
        unprocessable(base + "?days=3651", "days");
        unprocessable(base + "?region=mars", "region");
        notFound(base + "?variant_id=" + prices.otherCardVariant(), "Variant not found");
        notFound("/api/v2/cards/999999999/history", "Card not found");
    }

    @Test
    void v2_stats_count_price_points_from_the_counter() {
        assertThat(ok("/api/v2/stats").getJsonNumber("price_points").longValue()).isGreaterThanOrEqualTo(prices.points());
    }

    // ---- legacy per-card routes

    @Test
    void prices_are_one_row_per_source_and_variant() {
        JsonObject body = ok(card + "/prices");

        assertThat(body.getJsonNumber("card_id").longValue()).isEqualTo(prices.cardId());
        List<JsonObject> sources = objects(body.getJsonArray("sources"));
        assertThat(sources).extracting(row -> row.getString("source")).containsExactly("cardmarket", "tcgplayer", "pricecharting", "ebay");
        assertThat(sources.get(0)).isEqualTo(Json.createObjectBuilder().add("source", "cardmarket")
                .add("market_price", new BigDecimal("200.00")).add("low_price", new BigDecimal("50.00")).addNull("high_price")
                .add("currency", "EUR").add("variant", prices.finish()).add("recorded_at", TODAY + "T00:00:00Z").add("sandbox", false).build());
        assertThat(number(sources.get(1), "market_price")).isEqualByComparingTo("130");
        notFound("/api/cards/999999999/prices", "Card not found");
    }

    @Test
    void legacy_card_detail_lists_its_prices() {
        JsonObject detail = ok("/pokemon/cards/" + prices.cardId());

        assertThat(objects(detail.getJsonArray("prices"))).extracting(row -> row.getString("source"))
                .containsExactly("cardmarket", "tcgplayer", "pricecharting", "ebay");
        assertThat(detail.getJsonArray("prices").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("source", "market_price", "currency", "variant", "sandbox");
    }

    @Test
    void history_returns_snapshots_and_the_analysis() {
        JsonObject body = ok(card + "/history");

        List<JsonObject> snapshots = objects(body.getJsonArray("snapshots"));
        assertThat(snapshots.get(0).keySet()).containsExactlyInAnyOrder("date", "source", "market_price");
        assertThat(snapshots).filteredOn(s -> s.getString("source").equals("cardmarket")).hasSize(90);
        JsonObject analysis = body.getJsonObject("analysis");
        // cardmarket trend, 0.1/day up to 200.0: 7 days back 199.3 -> +0.35 %; 30 -> 197.0 -> +1.52 %; 90 -> 191.0 -> +4.71 %
        assertThat(number(analysis, "change_7d")).isEqualByComparingTo("0.35");
        assertThat(number(analysis, "change_30d")).isEqualByComparingTo("1.52");
        assertThat(number(analysis, "change_90d")).isEqualByComparingTo("4.71");
        assertThat(analysis.getString("trend")).isEqualTo("rising");
        assertThat(analysis.keySet()).containsExactlyInAnyOrder("change_7d", "change_30d", "change_90d", "volatility", "trend");
        assertThat(objects(ok(card + "/history?days=7&source=tcgplayer").getJsonArray("snapshots")))
                .extracting(s -> s.getString("source")).containsOnly("tcgplayer").hasSize(8);
        unprocessable(card + "/history?days=0", "days");
        unprocessable(card + "/history?source=nowhere", "source");
        notFound("/api/cards/999999999/history", "Card not found");
    }

    @Test
    void an_unpriced_card_has_null_analysis_never_made_up() {
        JsonObject analysis = ok("/api/cards/" + prices.alakazamId() + "/history").getJsonObject("analysis");

        assertThat(analysis.isNull("change_7d")).isTrue();
        assertThat(analysis.isNull("volatility")).isTrue();
        assertThat(analysis.isNull("trend")).isTrue();
    }

    @Test
    void chart_keys_lines_by_variant_and_grading_sorted_by_size() {
        Api.Reply reply = Api.get(card + "/chart");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=600");
        JsonObject body = reply.json().asJsonObject();

        List<JsonObject> series = objects(body.getJsonArray("series"));
        String f = prices.finish();
        assertThat(series).extracting(s -> s.getString("key"))
                .containsExactly(f + "_raw_eur", f + "_PSA_10", f + "_graded_9", f + "_raw");
        assertThat(series.get(0).getInt("total_points")).isEqualTo(PriceFixtures.TREND_DAYS - 1);
        assertThat(series.get(1).getString("grading_company")).isEqualTo("PSA");
        // PSA 10 on the last 3 days: pricecharting 2000 and ebay 2100 -> median 2050
        assertThat(number(series.get(1).getJsonArray("points").getJsonObject(9), "price")).isEqualByComparingTo("2050");
        assertThat(body.getInt("total_series")).isEqualTo(4);
        assertThat(body.getInt("min_points")).isEqualTo(5);
    }

    @Test
    void snapshots_default_to_the_best_covered_source_and_cap_days_at_365() {
        JsonObject body = ok(card + "/snapshots");

        assertThat(body.getString("source")).isEqualTo("cardmarket");
        assertThat(body.getInt("days")).isEqualTo(180);
        assertThat(body.getInt("count")).isEqualTo(180); // 181 days less the outlier
        assertThat(body.getJsonArray("points").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("date", "variant", "currency", "grading_company", "grade", "market_price");
        assertThat(ok(card + "/snapshots?source=pricecharting&days=365").getInt("count")).isEqualTo(3 * PriceFixtures.RECENT_DAYS);
        unprocessable(card + "/snapshots?days=366", "days");
    }

    @Test
    void ebay_sales_average_per_day_and_summarise_per_grade() {
        JsonObject body = ok(card + "/ebay-sales");

        assertThat(body.getInt("total_sales_points")).isEqualTo(PriceFixtures.RECENT_DAYS + 3);
        assertThat(body.getInt("total_grades")).isEqualTo(2);
        List<JsonObject> summary = objects(body.getJsonArray("summary"));
        assertThat(summary.get(0).isNull("grading_company")).isTrue();
        assertThat(summary.get(1).getString("grading_company")).isEqualTo("PSA");
        assertThat(number(summary.get(1), "median_price")).isEqualByComparingTo("2100");
        assertThat(summary.get(1).getInt("count")).isEqualTo(3);
        JsonObject psa = ok(card + "/ebay-sales?grading_company=PSA&grade=10");
        assertThat(psa.getString("grading_company")).isEqualTo("PSA");
        assertThat(psa.getJsonArray("sales")).hasSize(3);
        unprocessable(card + "/ebay-sales?grading_company=xyz", "grading_company");
        unprocessable(card + "/ebay-sales?days=366", "days");
    }

    @Test
    void sales_fall_back_to_bucket_medians() {
        JsonObject body = ok(card + "/sales");

        assertThat(body.getString("source")).isEqualTo("history_buckets");
        assertThat(body.getInt("window_days")).isEqualTo(30);
        JsonObject first = body.getJsonArray("sales").getJsonObject(0);
        assertThat(first.getString("date")).isEqualTo(TODAY + "T00:00:00+00:00");
        assertThat(first.getString("price_type")).isEqualTo("bucket_median");
        assertThat(first.keySet()).contains("condition", "variant", "grade", "grading_company", "grade_value", "price", "sample",
                "currency", "link", "title", "image_url", "language");
        assertThat(ok(card + "/sales?grading_company=psa").getJsonArray("sales"))
                .allSatisfy(row -> assertThat(row.asJsonObject().getString("grade")).isEqualTo("PSA 10"));
        assertThat(ok(card + "/sales?language=ja").getInt("count")).isZero();
        assertThat(ok(card + "/sales?limit=2").getInt("count")).isEqualTo(2);
        unprocessable(card + "/sales?limit=501", "limit");
        unprocessable(card + "/sales?window_days=0", "window_days");
    }

    @Test
    void latest_rows_come_newest_first_and_range_rows_by_day() {
        JsonObject latest = ok(card + "/prices/latest?limit=5");
        List<JsonObject> rows = objects(latest.getJsonArray("prices"));
        assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row.getString("date")).isEqualTo(TODAY));
        assertThat(objects(ok(card + "/prices/latest?limit=200").getJsonArray("prices")))
                .noneMatch(row -> row.getString("price_type").startsWith("retail"));
        unprocessable(card + "/prices/latest?limit=201", "limit");

        JsonObject range = ok(card + "/prices/range?source=cardmarket&start_date=" + PriceFixtures.TODAY.minusDays(3)
                + "&end_date=" + TODAY);
        // trend 4 days minus the outlier, low 4 days
        assertThat(range.getInt("count")).isEqualTo(7);
        unprocessable(card + "/prices/range?start_date=" + TODAY + "&end_date=" + PriceFixtures.TODAY.minusDays(1), "start_date");
        unprocessable(card + "/prices/range?start_date=2020-13-01", "start_date");
    }

    @Test
    void performance_per_source_over_the_period() {
        JsonObject body = ok(card + "/performance");

        assertThat(body.getString("period")).isEqualTo("30d");
        JsonObject cardmarket = objects(body.getJsonArray("series")).stream()
                .filter(s -> s.getString("source").equals("cardmarket")).findFirst().orElseThrow();
        assertThat(number(cardmarket, "start_price")).isEqualByComparingTo("197.0");
        assertThat(number(cardmarket, "end_price")).isEqualByComparingTo("200.0");
        assertThat(number(cardmarket, "change_abs")).isEqualByComparingTo("3.0");
        unprocessable(card + "/performance?period=2w", "period");
    }

    // ---- sets, rankings, search, sealed

    @Test
    void set_stats_and_top_cards_read_the_usd_summaries() {
        JsonObject stats = ok("/api/sets/" + prices.setId() + "/stats");
        assertThat(stats.keySet()).containsExactlyInAnyOrder("set_id", "card_count", "min_price", "max_price", "avg_price", "total_value");
        assertThat(number(stats, "max_price")).isEqualByComparingTo("130");
        assertThat(number(stats, "total_value")).isEqualByComparingTo("265.50");

        JsonArray top = okArray("/api/sets/" + prices.setId() + "/top-cards?limit=2");
        assertThat(objects(top)).extracting(c -> c.getJsonNumber("card_id").longValue())
                .containsExactly(prices.cardId(), prices.venusaurId());
        assertThat(top.getJsonObject(0).keySet()).containsExactlyInAnyOrder("card_id", "name", "number", "rarity", "image_url", "best_price", "tcg_slug");
        unprocessable("/api/sets/" + prices.setId() + "/top-cards?limit=51", "limit");
        notFound("/api/sets/999999999/stats", "Set not found");
    }

    @Test
    void most_valuable_and_trending() {
        assertThat(objects(okArray("/api/cards/most-valuable?tcg_slug=pokemon")).subList(0, 3))
                .extracting(c -> c.getJsonNumber("card_id").longValue())
                .containsExactly(prices.cardId(), prices.venusaurId(), prices.alakazamId());
        unprocessable("/api/cards/most-valuable?limit=101", "limit");
        List<JsonObject> trending = objects(okArray("/api/cards/trending"));
        assertThat(trending.get(0).getJsonNumber("card_id").longValue()).isEqualTo(prices.venusaurId());
        assertThat(number(trending.get(0), "price_change_7d")).isEqualByComparingTo("-12.50");
        unprocessable("/api/cards/trending?limit=0", "limit");
        notFound("/api/cards/trending?tcg_slug=nope", "TCG not found");
    }

    @Test
    void search_shows_and_filters_on_the_usd_best_price() throws InterruptedException {
        // a patience for the background rebuild of the whole index, not a speed target: under a loaded machine it took over a minute
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject hit = null;
        while (Instant.now().isBefore(deadline)) {
            hit = objects(ok("/api/search?q=blastoise&tcg_slug=pokemon&min_price=129&max_price=131").getJsonArray("items"))
                    .stream().filter(item -> item.getJsonNumber("id").longValue() == prices.cardId()).findFirst().orElse(null);
            if (hit != null) {
                break;
            }
            Thread.sleep(2_000); // the index rebuilds in the background once it sees the price version move
        }
        assertThat(hit).as("Blastoise with its best price").isNotNull();
        assertThat(number(hit, "best_price")).isEqualByComparingTo("130");
        assertThat(number(hit, "price_change_7d")).isEqualByComparingTo("5");
        assertThat(objects(ok("/api/search?q=blastoise&max_price=100").getJsonArray("items")))
                .noneMatch(item -> item.getJsonNumber("id").longValue() == prices.cardId());
    }

    @Test
    void sealed_history_per_source_and_day() {
        JsonObject body = ok("/mtg/sealed/" + prices.sealedId() + "/history");

        assertThat(body.getInt("days")).isEqualTo(90);
        assertThat(objects(body.getJsonArray("snapshots"))).extracting(s -> s.getString("date") + " " + s.getString("source"))
                .containsExactly(PriceFixtures.TODAY.minusDays(1) + " tcgcsv", TODAY + " cardmarket", TODAY + " tcgcsv");
        notFound("/mtg/sealed/999999999/history", "Sealed product not found");
        notFound("/pokemon/sealed/" + prices.sealedId() + "/history", "Sealed product not found");
        unprocessable("/mtg/sealed/" + prices.sealedId() + "/history?days=0", "days");
    }
}
