package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collection routes on Liberty + MariaDB: add (and merge into the same holding), list with its
 * paging edges, change, remove, summary, CSV export and the portfolio history, by session and by API
 * key; another user's entry is 404, anonymous 401, bad input a 422 list. Values are checked against
 * {@link PriceFixtures}: Base Set Blastoise's Cardmarket trend is 200.0 € today and 0.1 € less per day
 * back (the point of the day before yesterday an outlier), TCGplayer market 130 $, eBay PSA 10 2100 $.
 * Each test signs up its own accounts: the free tier allows 30 requests a minute per account.
 */
class CollectionIT {

    private static PriceFixtures.Fixture prices;

    @BeforeAll
    static void catalogue_and_prices() {
        Catalogue.awaitImported();
        prices = PriceFixtures.install();
    }

    private static Api.Reply as(String cookie, String method, String path, String body) {
        return Api.call(method, path, body, "Cookie", cookie);
    }

    private static JsonObject add(String cookie, String body, int expectedStatus) {
        Api.Reply reply = as(cookie, "POST", "/collection/add", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expectedStatus);
        return reply.json().asJsonObject();
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static void assertValidationError(Api.Reply reply, String... loc) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonArray detail = reply.json().asJsonObject().getJsonArray("detail");
        assertThat(detail).isNotEmpty();
        assertThat(detail.getJsonObject(0).getJsonArray("loc").getValuesAs(JsonValue::toString))
                .containsExactly(java.util.Arrays.stream(loc).map(part -> "\"" + part + "\"").toArray(String[]::new));
    }

    @Test
    void anonymous_callers_get_401_on_every_collection_route() {
        for (String[] route : List.of(new String[] {"GET", "/collection"}, new String[] {"POST", "/collection/add"},
                new String[] {"PATCH", "/collection/1"}, new String[] {"DELETE", "/collection/1"},
                new String[] {"GET", "/collection/summary"}, new String[] {"GET", "/collection/export.csv"},
                new String[] {"GET", "/collection/history"})) {
            String body = "POST".equals(route[0]) || "PATCH".equals(route[0]) ? "{\"card_id\":" + prices.cardId() + "}" : null;
            Api.Reply reply = Api.call(route[0], route[1], body);
            assertThat(reply.status()).as(route[0] + " " + route[1] + ": " + reply.body()).isEqualTo(401);
            assertThat(reply.json().asJsonObject().containsKey("detail")).isTrue();
        }
    }

    @Test
    void adding_the_same_holding_twice_merges_it_and_the_list_shows_it_valued_by_session_and_by_api_key() {
        String cookie = Api.registerSession("coll");
        JsonObject first = add(cookie, "{\"card_id\":" + prices.cardId() + ",\"quantity\":1,\"condition\":\"NM\",\"price_paid\":150}", 201);
        assertThat(first.getBoolean("merged")).isFalse();
        assertThat(first.getString("currency")).isEqualTo("EUR");
        assertThat(decimal(first.getJsonObject("item"), "current_value")).isEqualByComparingTo("200.00");

        JsonObject again = add(cookie, "{\"card_id\":" + prices.cardId() + "}", 200);
        assertThat(again.getBoolean("merged")).isTrue();
        JsonObject merged = again.getJsonObject("item");
        assertThat(merged.getJsonNumber("id").longValue()).isEqualTo(first.getJsonObject("item").getJsonNumber("id").longValue());
        assertThat(merged.getInt("quantity")).isEqualTo(2);
        assertThat(decimal(merged, "price_paid")).isEqualByComparingTo("150");
        assertThat(merged.getString("price_paid_currency")).isEqualTo("USD");

        Api.Reply key = as(cookie, "POST", "/api/keys", "{\"name\":\"collection\"}");
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        Api.Reply listed = Api.call("GET", "/collection", null, "X-API-Key", key.json().asJsonObject().getString("key"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonObject page = listed.json().asJsonObject();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getString("currency")).isEqualTo("EUR");
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("card_id").longValue()).isEqualTo(prices.cardId());
        assertThat(item.getString("card_name")).isEqualTo("Blastoise");
        assertThat(item.getString("set_name")).isEqualTo("Base Set");
        assertThat(item.getString("tcg_slug")).isEqualTo("pokemon");
        assertThat(item.getString("condition")).isEqualTo("NM");
        assertThat(item.isNull("variant")).isTrue();
        assertThat(item.getBoolean("graded")).isFalse();
        assertThat(item.isNull("grade")).isTrue();
        assertThat(item.containsKey("image_url")).isTrue();
        assertThat(item.getString("added_at")).isNotBlank();
        // 2 × Cardmarket trend 200.0 €
        assertThat(decimal(item, "current_value")).isEqualByComparingTo("400.00");
        // in dollars TCGplayer's market price comes first: 2 × 130 $
        JsonObject dollars = as(cookie, "GET", "/collection?currency=usd", null).json().asJsonObject();
        assertThat(dollars.getString("currency")).isEqualTo("USD");
        assertThat(decimal(dollars.getJsonArray("items").getJsonObject(0), "current_value")).isEqualByComparingTo("260.00");
    }

    @Test
    void paging_edges_limit_zero_and_over_two_hundred_are_422_an_offset_past_the_end_is_an_empty_page() {
        String cookie = Api.registerSession("page");
        add(cookie, "{\"card_id\":" + prices.cardId() + "}", 201);
        add(cookie, "{\"card_id\":" + prices.venusaurId() + "}", 201);
        add(cookie, "{\"card_id\":" + prices.alakazamId() + "}", 201);

        assertValidationError(as(cookie, "GET", "/collection?limit=0", null), "query", "limit");
        assertValidationError(as(cookie, "GET", "/collection?limit=201", null), "query", "limit");
        assertValidationError(as(cookie, "GET", "/collection?offset=-1", null), "query", "offset");
        assertValidationError(as(cookie, "GET", "/collection?currency=XYZ", null), "query", "currency");
        JsonObject pastEnd = as(cookie, "GET", "/collection?offset=3", null).json().asJsonObject();
        assertThat(pastEnd.getJsonArray("items")).isEmpty();
        assertThat(pastEnd.getInt("total")).isEqualTo(3);
        JsonObject middle = as(cookie, "GET", "/collection?limit=1&offset=1", null).json().asJsonObject();
        assertThat(middle.getJsonArray("items")).hasSize(1);
        // newest first: the second added is in the middle
        assertThat(middle.getJsonArray("items").getJsonObject(0).getJsonNumber("card_id").longValue()).isEqualTo(prices.venusaurId());
        assertThat(as(cookie, "GET", "/collection?limit=200", null).json().asJsonObject().getJsonArray("items")).hasSize(3);
        JsonObject otherGame = as(cookie, "GET", "/collection?tcg_slug=mtg", null).json().asJsonObject();
        assertThat(otherGame.getInt("total")).isZero();
        assertThat(as(cookie, "GET", "/collection?tcg_slug=pokemon", null).json().asJsonObject().getInt("total")).isEqualTo(3);
    }

    @Test
    void bad_input_is_a_422_list_naming_the_field_and_writes_nothing() {
        String cookie = Api.registerSession("bad");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":987654321}"), "body", "card_id");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"condition\":\"MINT\"}"),
                "body", "condition");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"quantity\":0}"),
                "body", "quantity");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"variant\":\"gold_star\"}"),
                "body", "variant");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"price_paid\":1.005}"),
                "body", "price_paid");
        assertValidationError(as(cookie, "POST", "/collection/add", "{\"card_id\":" + prices.cardId() + ",\"graded\":true}"),
                "body", "grade");
        assertThat(as(cookie, "POST", "/collection/add", "{}").status()).isEqualTo(422);
        assertThat(as(cookie, "GET", "/collection", null).json().asJsonObject().getInt("total")).isZero();
    }

    @Test
    void the_owner_changes_and_removes_an_entry_another_user_gets_404_and_changes_nothing() {
        String owner = Api.registerSession("own");
        String other = Api.registerSession("oth");
        long id = add(owner, "{\"card_id\":" + prices.cardId() + ",\"price_paid\":10}", 201)
                .getJsonObject("item").getJsonNumber("id").longValue();

        assertThat(as(other, "PATCH", "/collection/" + id, "{\"quantity\":9}").status()).isEqualTo(404);
        assertThat(as(other, "DELETE", "/collection/" + id, null).status()).isEqualTo(404);
        assertThat(as(owner, "PATCH", "/collection/0", "{\"quantity\":9}").status()).isEqualTo(404);
        assertValidationError(as(owner, "PATCH", "/collection/" + id, "{}"), "body", "body");
        assertValidationError(as(owner, "PATCH", "/collection/" + id, "{\"quantity\":\"two\"}"), "body", "quantity");

        Api.Reply changed = as(owner, "PATCH", "/collection/" + id,
                "{\"quantity\":3,\"condition\":\"LP\",\"price_paid\":null,\"grading_company\":\"PSA\",\"grade\":10}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject item = changed.json().asJsonObject();
        assertThat(item.getInt("quantity")).isEqualTo(3);
        assertThat(item.getString("condition")).isEqualTo("LP");
        assertThat(item.isNull("price_paid")).isTrue();
        assertThat(item.getBoolean("graded")).isTrue();
        assertThat(item.getString("grading_company")).isEqualTo("PSA");
        assertThat(decimal(item, "grade")).isEqualByComparingTo("10");
        // a PSA 10 in dollars: eBay's graded sold comp (2100 $) before PriceCharting's (2000 $), × 3
        JsonObject dollars = as(owner, "GET", "/collection?currency=USD", null).json().asJsonObject();
        assertThat(decimal(dollars.getJsonArray("items").getJsonObject(0), "current_value")).isEqualByComparingTo("6300.00");
        // un-slabbed and lightly played: 0.85 × 200 € × 3
        JsonObject raw = as(owner, "PATCH", "/collection/" + id, "{\"graded\":false}").json().asJsonObject();
        assertThat(raw.getBoolean("graded")).isFalse();
        assertThat(decimal(raw, "current_value")).isEqualByComparingTo("510.00");

        assertThat(as(owner, "DELETE", "/collection/" + id, null).status()).isEqualTo(204);
        assertThat(as(owner, "GET", "/collection", null).json().asJsonObject().getInt("total")).isZero();
        assertThat(as(owner, "DELETE", "/collection/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void the_summary_values_the_holdings_at_the_fixture_prices_with_changes_against_one_and_seven_days_ago() {
        String cookie = Api.registerSession("sum");
        add(cookie, "{\"card_id\":" + prices.cardId() + ",\"quantity\":2}", 201);

        Api.Reply reply = as(cookie, "GET", "/collection/summary", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject summary = reply.json().asJsonObject();
        assertThat(summary.getString("currency")).isEqualTo("EUR");
        assertThat(decimal(summary, "total_value")).isEqualByComparingTo("400.00");
        assertThat(summary.getInt("card_count")).isEqualTo(2);
        assertThat(summary.getInt("unvalued_count")).isZero();
        // yesterday 199.9 €: 2 × 0.1; a week ago 199.3 €: 2 × 0.7
        assertThat(decimal(summary, "change_24h")).isEqualByComparingTo("0.20");
        assertThat(decimal(summary, "change_24h_pct")).isEqualByComparingTo("0.05");
        assertThat(decimal(summary, "change_7d")).isEqualByComparingTo("1.40");
        assertThat(decimal(summary, "change_7d_pct")).isEqualByComparingTo("0.35");
        assertThat(decimal(summary.getJsonObject("by_tcg"), "pokemon")).isEqualByComparingTo("400.00");
        JsonObject top = summary.getJsonObject("top_card");
        assertThat(top.getJsonNumber("card_id").longValue()).isEqualTo(prices.cardId());
        assertThat(top.getString("name")).isEqualTo("Blastoise");
        assertThat(decimal(top, "value")).isEqualByComparingTo("400.00");

        // in dollars: TCGplayer's 130 $ has been flat for ten days
        JsonObject dollars = as(cookie, "GET", "/collection/summary?currency=USD", null).json().asJsonObject();
        assertThat(dollars.getString("currency")).isEqualTo("USD");
        assertThat(decimal(dollars, "total_value")).isEqualByComparingTo("260.00");
        assertThat(decimal(dollars, "change_7d")).isEqualByComparingTo("0.00");

        // a card the list shows without a value is counted apart, never as zero
        add(cookie, "{\"card_id\":" + prices.venusaurId() + "}", 201);
        JsonArray items = as(cookie, "GET", "/collection", null).json().asJsonObject().getJsonArray("items");
        BigDecimal listed = items.getValuesAs(JsonObject.class).stream().filter(item -> !item.isNull("current_value"))
                .map(item -> decimal(item, "current_value")).reduce(BigDecimal.ZERO, BigDecimal::add);
        long unvalued = items.getValuesAs(JsonObject.class).stream().filter(item -> item.isNull("current_value")).count();
        JsonObject both = as(cookie, "GET", "/collection/summary", null).json().asJsonObject();
        assertThat(both.getInt("card_count")).isEqualTo(3);
        assertThat(decimal(both, "total_value")).isEqualByComparingTo(listed);
        assertThat(both.getInt("unvalued_count")).isEqualTo((int) unvalued);
        assertValidationError(as(cookie, "GET", "/collection/summary?currency=euro", null), "query", "currency");
    }

    @Test
    void the_csv_export_has_the_spec_columns_quoted_per_rfc_4180_and_the_history_charts_the_fixture_days() {
        String cookie = Api.registerSession("csv");
        add(cookie, "{\"card_id\":" + prices.cardId() + ",\"quantity\":2,\"price_paid\":12.5,\"price_paid_currency\":\"EUR\"}", 201);

        Api.Reply csv = as(cookie, "GET", "/collection/export.csv", null);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("card_id,name,set,tcg,quantity,condition,variant,price_paid,current_value,"
                + "price_paid_currency,value_currency,grading_company,grade");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo(prices.cardId() + ",Blastoise,Base Set,pokemon,2,NM,,12.50,400.00,EUR,EUR,,");

        Api.Reply history = as(cookie, "GET", "/collection/history?days=10", null);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonArray days = history.json().asJsonObject().getJsonArray("days");
        assertThat(days).hasSize(10);
        assertThat(days.getJsonObject(9).getString("day")).isEqualTo(PriceFixtures.TODAY.toString());
        assertThat(decimal(days.getJsonObject(9), "value")).isEqualByComparingTo("400.00");
        assertThat(decimal(days.getJsonObject(8), "value")).isEqualByComparingTo("399.80");
        // the day before yesterday's point is an outlier: that day is valued at the day before it (199.7 €)
        assertThat(decimal(days.getJsonObject(7), "value")).isEqualByComparingTo("399.40");
        assertThat(days.getJsonObject(9).getInt("valued_count")).isEqualTo(2);
        assertValidationError(as(cookie, "GET", "/collection/history?days=0", null), "query", "days");
        assertValidationError(as(cookie, "GET", "/collection/history?days=366", null), "query", "days");
    }
}
