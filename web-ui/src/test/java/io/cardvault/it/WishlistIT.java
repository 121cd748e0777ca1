package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /wishlist} on the real WAR: wishes with their current price, per account, and every refusal in its shape. */
class WishlistIT {

    @BeforeAll
    static void catalogueAndPrices() {
        Catalogue.awaitImported();
        PriceFixtures.install();
    }

    @Test
    void a_wish_is_listed_newest_first_with_its_card_and_the_lowest_market_price_in_its_currency() {
        String cookie = Watchers.session("wish");
        long blastoise = PriceFixtures.install().cardId();

        Api.Reply added = Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + ",\"max_price\":750}",
                "Cookie", cookie);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonObject charizard = added.json().asJsonObject();
        assertThat(charizard.getString("card_name")).isEqualTo("Charizard");
        assertThat(charizard.getString("currency")).isEqualTo("EUR");
        assertThat(charizard.getJsonNumber("max_price").bigDecimalValue()).isEqualByComparingTo("750");

        // The fixture's USD market values are 120 (PriceCharting), 130 (TCGplayer), 125 (eBay); its low and retail
        // quotes (110, 80) and slabs are not market values, and its EUR trend (200) is more than 120 USD at any ECB rate.
        Api.Reply second = Api.call("POST", "/wishlist/add", "{\"card_id\":" + blastoise
                + ",\"max_price\":125.5,\"currency\":\"usd\"}", "Cookie", cookie);
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        JsonObject list = Api.call("GET", "/wishlist", null, "Cookie", cookie).json().asJsonObject();
        assertThat(list.getInt("total")).isEqualTo(2);
        JsonArray items = list.getJsonArray("items");
        JsonObject newest = items.getJsonObject(0);
        assertThat(newest.getJsonNumber("card_id").longValue()).isEqualTo(blastoise);
        assertThat(newest.getString("currency")).isEqualTo("USD");
        assertThat(newest.getJsonNumber("current_price").bigDecimalValue()).isEqualByComparingTo("120.00");
        assertThat(newest.getBoolean("under_max_price")).isTrue();
        assertThat(newest.getString("set_name")).isNotBlank();
        assertThat(newest.getString("tcg_slug")).isEqualTo("pokemon");
        assertThat(newest.getString("added_at")).isNotBlank();
        assertThat(items.getJsonObject(1).getJsonNumber("card_id").longValue()).isEqualTo(Watchers.CHARIZARD);
    }

    @Test
    void wishing_again_replaces_the_max_price_and_a_wish_without_one_has_none() {
        String cookie = Watchers.session("wish-again");
        Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + ",\"max_price\":750}", "Cookie", cookie);

        Api.Reply again = Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + "}", "Cookie", cookie);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().asJsonObject().isNull("max_price")).isTrue();
        JsonObject list = Api.call("GET", "/wishlist", null, "Cookie", cookie).json().asJsonObject();
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("items").getJsonObject(0).getBoolean("under_max_price")).isFalse();
    }

    @Test
    void removing_a_wish_empties_the_list_and_another_users_or_a_missing_wish_is_404() {
        String owner = Watchers.session("wish-owner");
        String other = Watchers.session("wish-other");
        Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + "}", "Cookie", owner);

        Watchers.assertDetail(Api.call("DELETE", "/wishlist/" + Watchers.CHARIZARD, null, "Cookie", other), 404);
        assertThat(Api.call("GET", "/wishlist", null, "Cookie", owner).json().asJsonObject().getInt("total")).isEqualTo(1);

        assertThat(Api.call("DELETE", "/wishlist/" + Watchers.CHARIZARD, null, "Cookie", owner).status()).isEqualTo(204);
        JsonObject empty = Api.call("GET", "/wishlist", null, "Cookie", owner).json().asJsonObject();
        assertThat(empty.getInt("total")).isZero();
        assertThat(empty.getJsonArray("items")).isEmpty();
        Watchers.assertDetail(Api.call("DELETE", "/wishlist/" + Watchers.CHARIZARD, null, "Cookie", owner), 404);
        Watchers.assertDetail(Api.call("DELETE", "/wishlist/0", null, "Cookie", owner), 404);
    }

    @Test
    void anonymous_callers_are_401_and_an_api_key_works_counted_against_its_quota() {
        Watchers.assertDetail(Api.call("GET", "/wishlist", null), 401);
        Watchers.assertDetail(Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + "}"), 401);
        Watchers.assertDetail(Api.call("DELETE", "/wishlist/" + Watchers.CHARIZARD, null), 401);

        String cookie = Watchers.session("wish-key");
        String key = Watchers.apiKey(cookie);
        Api.Reply byKey = Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + "}", "X-API-Key", key);
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(200);
        Api.Reply listed = Api.call("GET", "/wishlist", null, "Authorization", "Bearer " + key);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("X-RateLimit-Limit")).isNotNull();
        assertThat(Long.parseLong(listed.header("X-RateLimit-Remaining")))
                .isLessThan(Long.parseLong(listed.header("X-RateLimit-Limit")));
        assertThat(Api.call("GET", "/wishlist", null, "Cookie", cookie).json().asJsonObject().getInt("total")).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_422_list_naming_the_field() {
        String cookie = Watchers.session("wish-bad");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":999999999}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":-4}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":\"abc\"}", "Cookie", cookie), "card_id");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD + ",\"max_price\":0}",
                "Cookie", cookie), "max_price");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD
                + ",\"max_price\":1.123456}", "Cookie", cookie), "max_price");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD
                + ",\"max_price\":10,\"currency\":\"EURO\"}", "Cookie", cookie), "currency");
        Watchers.assertInvalid(Api.call("POST", "/wishlist/add", "{\"card_id\":" + Watchers.CHARIZARD
                + ",\"max_price\":10,\"currency\":\"XAU\"}", "Cookie", cookie), "currency");
        assertThat(Api.call("GET", "/wishlist", null, "Cookie", cookie).json().asJsonObject().getInt("total")).isZero();
    }
}
