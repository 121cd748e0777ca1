package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /alerts} on the real WAR: the spec's shape, duplicates 409, another user's alert 404, refusals in their shape. */
class PriceAlertsIT {

    @BeforeAll
    static void catalogueImported() {
        Catalogue.awaitImported();
    }

    @Test
    void an_alert_is_created_in_the_specs_shape_with_its_defaults_and_listed_newest_first() {
        String cookie = Watchers.session("alert");

        Api.Reply created = Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":800}",
                "Cookie", cookie);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject alert = created.json().asJsonObject();
        assertThat(alert.getJsonNumber("id").longValue()).isPositive();
        assertThat(alert.getJsonNumber("card_id").longValue()).isEqualTo(Watchers.CHARIZARD);
        assertThat(alert.getString("card_name")).isEqualTo("Charizard");
        assertThat(alert.getJsonNumber("target_price").bigDecimalValue()).isEqualByComparingTo("800");
        assertThat(alert.getString("condition")).isEqualTo("below");
        assertThat(alert.getString("currency")).isEqualTo("EUR");
        assertThat(alert.getBoolean("is_active")).isTrue();
        assertThat(alert.isNull("triggered_at")).isTrue();
        assertThat(alert.getString("created_at")).isNotBlank();

        Api.Reply above = Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD
                + ",\"target_price\":1200.50,\"condition\":\"above\",\"currency\":\"USD\"}", "Cookie", cookie);
        assertThat(above.status()).as(above.body()).isEqualTo(201);

        JsonArray items = Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items");
        assertThat(items).hasSize(2);
        assertThat(items.getJsonObject(0).getString("condition")).isEqualTo("above");
        assertThat(items.getJsonObject(0).getString("currency")).isEqualTo("USD");
        assertThat(items.getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(alert.getJsonNumber("id").longValue());
    }

    @Test
    void a_second_active_alert_with_the_same_card_condition_and_target_is_409() {
        String cookie = Watchers.session("alert-dup");
        String body = "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":800,\"condition\":\"below\",\"currency\":\"EUR\"}";
        assertThat(Api.call("POST", "/alerts", body, "Cookie", cookie).status()).isEqualTo(201);

        Api.Reply duplicate = Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":800.00}",
                "Cookie", cookie);

        Watchers.assertDetail(duplicate, 409);
        // another user's same alert is not a duplicate of this one
        assertThat(Api.call("POST", "/alerts", body, "Cookie", Watchers.session("alert-dup2")).status()).isEqualTo(201);
        assertThat(Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items")).hasSize(1);
    }

    @Test
    void deleting_works_for_the_owner_only_and_another_users_alert_is_404() {
        String owner = Watchers.session("alert-owner");
        String other = Watchers.session("alert-other");
        long id = Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":500}", "Cookie", owner)
                .json().asJsonObject().getJsonNumber("id").longValue();

        Watchers.assertDetail(Api.call("DELETE", "/alerts/" + id, null, "Cookie", other), 404);
        assertThat(Api.call("GET", "/alerts", null, "Cookie", other).json().asJsonObject().getJsonArray("items")).isEmpty();
        assertThat(Api.call("GET", "/alerts", null, "Cookie", owner).json().asJsonObject().getJsonArray("items")).hasSize(1);

        assertThat(Api.call("DELETE", "/alerts/" + id, null, "Cookie", owner).status()).isEqualTo(204);
        assertThat(Api.call("GET", "/alerts", null, "Cookie", owner).json().asJsonObject().getJsonArray("items")).isEmpty();
        Watchers.assertDetail(Api.call("DELETE", "/alerts/" + id, null, "Cookie", owner), 404);
        Watchers.assertDetail(Api.call("DELETE", "/alerts/0", null, "Cookie", owner), 404);
        // a path id that is no number is malformed input, the API's 422 list like any other parameter
        Watchers.assertInvalid(Api.call("DELETE", "/alerts/abc", null, "Cookie", owner), "id");
    }

    @Test
    void anonymous_callers_are_401_and_an_api_key_acts_for_its_account() {
        Watchers.assertDetail(Api.call("GET", "/alerts", null), 401);
        Watchers.assertDetail(Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":5}"), 401);
        Watchers.assertDetail(Api.call("DELETE", "/alerts/1", null), 401);

        String cookie = Watchers.session("alert-key");
        String key = Watchers.apiKey(cookie);
        Api.Reply byKey = Api.call("POST", "/alerts", "{\"card_id\":" + Watchers.CHARIZARD + ",\"target_price\":5}",
                "X-API-Key", key);
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(201);
        assertThat(byKey.header("X-RateLimit-Remaining")).isNotNull();
        assertThat(Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items")).hasSize(1);
    }

    @Test
    void bad_input_is_a_422_list_naming_the_field() {
        String cookie = Watchers.session("alert-bad");
        String card = "{\"card_id\":" + Watchers.CHARIZARD;
        Watchers.assertInvalid(Api.call("POST", "/alerts", "{}", "Cookie", cookie), "card_id", "target_price");
        Watchers.assertInvalid(Api.call("POST", "/alerts", "{\"card_id\":999999999,\"target_price\":5}", "Cookie", cookie),
                "card_id");
        Watchers.assertInvalid(Api.call("POST", "/alerts", card + ",\"target_price\":-5}", "Cookie", cookie), "target_price");
        Watchers.assertInvalid(Api.call("POST", "/alerts", card + ",\"target_price\":\"lots\"}", "Cookie", cookie),
                "target_price");
        Watchers.assertInvalid(Api.call("POST", "/alerts", card + ",\"target_price\":5,\"condition\":\"sideways\"}",
                "Cookie", cookie), "condition");
        Watchers.assertInvalid(Api.call("POST", "/alerts", card + ",\"target_price\":5,\"currency\":\"ZZZ\"}", "Cookie", cookie),
                "currency");
        assertThat(Api.call("GET", "/alerts", null, "Cookie", cookie).json().asJsonObject().getJsonArray("items")).isEmpty();
    }
}
