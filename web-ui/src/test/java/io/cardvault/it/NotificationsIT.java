package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/notifications} on the real WAR: an empty feed, a feed of written entries paged newest
 * first to its edges, unread counters per kind, marking read by ids (others' ids change nothing) and
 * all, and every refusal in its shape.
 */
class NotificationsIT {

    private static final List<String> KINDS = List.of("alert_triggered", "wishlist_price", "new_message", "offer_received",
            "order_updated", "listing_status");

    @Test
    void an_empty_feed_has_no_items_and_every_counter_at_zero() {
        String cookie = Watchers.session("feed-empty");

        JsonObject page = Api.call("GET", "/api/notifications", null, "Cookie", cookie).json().asJsonObject();
        assertThat(page.getJsonArray("items")).isEmpty();
        assertThat(page.getInt("total")).isZero();
        assertThat(page.getInt("limit")).isEqualTo(50);
        assertThat(page.getInt("offset")).isZero();

        JsonObject counts = Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", cookie).json().asJsonObject();
        assertThat(counts.getJsonObject("by_kind").keySet()).containsExactlyInAnyOrderElementsOf(KINDS);
        assertThat(counts.getJsonObject("by_kind").values()).allMatch(count -> count.toString().equals("0"));
        assertThat(counts.getInt("total")).isZero();

        JsonObject marked = Api.call("POST", "/api/notifications/read", "{\"all\":true}", "Cookie", cookie).json().asJsonObject();
        assertThat(marked.getBoolean("ok")).isTrue();
        assertThat(marked.getInt("marked")).isZero();
    }

    @Test
    void the_feed_pages_newest_first_in_the_specs_item_shape_to_its_edges() {
        String cookie = Watchers.session("feed-pages");
        long account = NotificationFixtures.accountId(cookie);
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        NotificationFixtures.write(account, "alert_triggered", "Charizard hit your target", 5, Watchers.CHARIZARD, start);

        JsonObject first = Api.call("GET", "/api/notifications?limit=2", null, "Cookie", cookie).json().asJsonObject();
        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(titles(first.getJsonArray("items"))).containsExactly("Charizard hit your target 5", "Charizard hit your target 4");
        JsonObject item = first.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isPositive();
        assertThat(item.getString("kind")).isEqualTo("alert_triggered");
        assertThat(item.getString("body")).isEqualTo("Now €712.50 (target: €750)");
        assertThat(item.getJsonObject("data").getJsonNumber("card_id").longValue()).isEqualTo(Watchers.CHARIZARD);
        assertThat(item.getJsonObject("data").getJsonNumber("alert_id").longValue()).isEqualTo(5);
        assertThat(item.getBoolean("is_read")).isFalse();
        assertThat(Instant.parse(item.getString("created_at"))).isEqualTo(start.plusSeconds(5));
        assertThat(item.getString("url")).isEqualTo("/cards/" + Watchers.CHARIZARD);

        JsonObject last = Api.call("GET", "/api/notifications?limit=2&offset=4", null, "Cookie", cookie).json().asJsonObject();
        assertThat(titles(last.getJsonArray("items"))).containsExactly("Charizard hit your target 1");
        JsonObject past = Api.call("GET", "/api/notifications?limit=2&offset=5", null, "Cookie", cookie).json().asJsonObject();
        assertThat(past.getJsonArray("items")).isEmpty();
        assertThat(past.getInt("total")).isEqualTo(5);
        JsonObject whole = Api.call("GET", "/api/notifications?limit=200", null, "Cookie", cookie).json().asJsonObject();
        assertThat(whole.getJsonArray("items")).hasSize(5);

        // another account's feed holds none of them
        assertThat(Api.call("GET", "/api/notifications", null, "Cookie", Watchers.session("feed-other")).json().asJsonObject()
                .getInt("total")).isZero();
    }

    @Test
    void counters_per_kind_fall_as_entries_are_marked_read_by_id_and_then_all() {
        String cookie = Watchers.session("feed-read");
        String other = Watchers.session("feed-read-other");
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        NotificationFixtures.write(NotificationFixtures.accountId(cookie), "alert_triggered", "alert", 2, Watchers.CHARIZARD, start);
        NotificationFixtures.write(NotificationFixtures.accountId(cookie), "wishlist_price", "wish", 1, Watchers.CHARIZARD, start);
        NotificationFixtures.write(NotificationFixtures.accountId(other), "alert_triggered", "theirs", 1, Watchers.CHARIZARD, start);
        JsonObject counts = Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", cookie).json().asJsonObject();
        assertThat(counts.getJsonObject("by_kind").getInt("alert_triggered")).isEqualTo(2);
        assertThat(counts.getJsonObject("by_kind").getInt("wishlist_price")).isEqualTo(1);
        assertThat(counts.getInt("total")).isEqualTo(3);

        long mine = Api.call("GET", "/api/notifications?limit=1", null, "Cookie", cookie).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long theirs = Api.call("GET", "/api/notifications", null, "Cookie", other).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject marked = Api.call("POST", "/api/notifications/read", "{\"ids\":[" + mine + "," + theirs + "]}", "Cookie", cookie)
                .json().asJsonObject();
        assertThat(marked.getInt("marked")).isEqualTo(1);
        assertThat(Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", cookie).json().asJsonObject()
                .getInt("total")).isEqualTo(2);
        assertThat(Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", other).json().asJsonObject()
                .getInt("total")).isEqualTo(1);
        assertThat(Api.call("GET", "/api/notifications?limit=1", null, "Cookie", cookie).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0).getBoolean("is_read")).isTrue();

        String key = Watchers.apiKey(cookie);
        Api.Reply all = Api.call("POST", "/api/notifications/read", "{\"all\":true}", "X-API-Key", key);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().asJsonObject().getInt("marked")).isEqualTo(2);
        assertThat(Api.call("GET", "/api/notifications/unread-counts", null, "X-API-Key", key).json().asJsonObject()
                .getInt("total")).isZero();
        assertThat(Api.call("GET", "/api/notifications/unread-counts", null, "Cookie", other).json().asJsonObject()
                .getInt("total")).isEqualTo(1);
    }

    @Test
    void anonymous_callers_are_401() {
        Watchers.assertDetail(Api.call("GET", "/api/notifications", null), 401);
        Watchers.assertDetail(Api.call("GET", "/api/notifications/unread-counts", null), 401);
        Watchers.assertDetail(Api.call("POST", "/api/notifications/read", "{\"all\":true}"), 401);
    }

    @Test
    void bad_paging_and_bad_read_bodies_are_a_422_list_naming_the_field() {
        String cookie = Watchers.session("feed-bad");
        Watchers.assertInvalid(Api.call("GET", "/api/notifications?limit=0", null, "Cookie", cookie), "limit");
        Watchers.assertInvalid(Api.call("GET", "/api/notifications?limit=201", null, "Cookie", cookie), "limit");
        Watchers.assertInvalid(Api.call("GET", "/api/notifications?offset=-1", null, "Cookie", cookie), "offset");
        Watchers.assertInvalid(Api.call("GET", "/api/notifications?limit=many", null, "Cookie", cookie), "limit");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{}", "Cookie", cookie), "ids");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{\"ids\":[]}", "Cookie", cookie), "ids");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{\"ids\":[1],\"all\":true}", "Cookie", cookie), "ids");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{\"ids\":[0]}", "Cookie", cookie), "ids");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{\"ids\":\"all\"}", "Cookie", cookie), "ids");
        Watchers.assertInvalid(Api.call("POST", "/api/notifications/read", "{\"all\":\"yes\"}", "Cookie", cookie), "all");
    }

    private static List<String> titles(JsonArray items) {
        return items.stream().map(JsonValue::asJsonObject).map(item -> item.getString("title")).toList();
    }
}
