package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform routes on Liberty + MariaDB: counters, the status page, push devices and platform
 * settings, each with its error shapes ({@code matrix-admin} is the IT server's administrator).
 */
class PlatformIT {

    /** The counters are compared with the catalogue's: no start-up import may move it meanwhile. */
    @BeforeAll
    static void catalogueSettled() {
        Api.awaitNoCatalogueImport(Api.administratorSession());
    }

    /** The IT server keeps its counters for 1 s (web-ui/pom.xml): a change shows after that. */
    private static void countersExpire() {
        Api.pause(Duration.ofMillis(1_200));
    }

    private static String locOf(Api.Reply reply) {
        return reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").toString();
    }

    private static String detail(Api.Reply reply) {
        return reply.json().asJsonObject().getString("detail");
    }

    // ---- counters

    @Test
    void api_health_answers_the_spec_s_counters() {
        Api.registerSession("health-counter");
        countersExpire();
        Api.Reply reply = Api.get("/api/health");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject health = reply.json().asJsonObject();
        assertThat(health.keySet()).containsExactlyInAnyOrder("status", "cards", "prices", "users", "sellers", "active_alerts",
                "db_size_mb", "version");
        assertThat(health.getString("status")).isEqualTo("ok");
        assertThat(health.getJsonNumber("cards").longValue()).isPositive();
        assertThat(health.getJsonNumber("users").longValue()).isPositive();
        assertThat(health.getJsonNumber("sellers").longValue()).isNotNegative();
        assertThat(health.getJsonNumber("db_size_mb").doubleValue()).isPositive();
        assertThat(health.getString("version")).isNotBlank();
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void stats_and_public_stats_answer_the_same_counters_to_anyone() {
        countersExpire();
        Api.Reply stats = Api.get("/api/stats");
        Api.Reply publicStats = Api.get("/api/public/stats");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(publicStats.status()).isEqualTo(200);
        JsonObject counters = publicStats.json().asJsonObject();
        assertThat(counters.keySet()).containsExactlyInAnyOrder("cards", "sets", "games", "variants", "price_points", "users",
                "sellers", "active_alerts", "active_listings", "push_devices", "updated_at");
        assertThat(counters.getJsonNumber("cards").longValue()).isEqualTo(Api.get("/api/v2/stats").json().asJsonObject()
                .getJsonNumber("cards").longValue());
        assertThat(counters.getJsonNumber("active_listings").longValue()).isZero();
        assertThat(stats.json().asJsonObject().keySet()).isEqualTo(counters.keySet());
    }

    @Test
    void detailed_stats_are_for_administrators_only() {
        assertThat(Api.get("/api/stats/detailed").status()).isEqualTo(401);
        Api.Reply user = Api.call("GET", "/api/stats/detailed", null, "Cookie", Api.registerSession("detailed"));
        assertThat(user.status()).isEqualTo(403);
        assertThat(detail(user)).isNotBlank();

        Api.Reply admin = Api.call("GET", "/api/stats/detailed", null, "Cookie", Api.administratorSession());

        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        JsonObject detailed = admin.json().asJsonObject();
        assertThat(detailed.getJsonObject("totals").getJsonNumber("cards").longValue()).isPositive();
        assertThat(detailed.getJsonArray("games").getValuesAs(JsonObject.class))
                .anySatisfy(game -> {
                    assertThat(game.getString("slug")).isEqualTo("pokemon");
                    assertThat(game.getJsonNumber("cards").longValue()).isPositive();
                });
        assertThat(detailed.getString("version")).isNotBlank();
    }

    // ---- status page

    @Test
    void status_lists_every_target_with_its_state_and_hides_server_facts_from_strangers() {
        Api.Reply reply = Api.get("/api/status");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, JsonObject> items = reply.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(item -> item.getString("target"), item -> item));
        assertThat(items.keySet()).contains("api", "database", "cluster", "source:cardmarket", "source:tcgcsv",
                "source:pricecharting", "recognition_index", "search_index", "bulk_data");
        assertThat(items.get("database").getString("status")).isEqualTo("operational");
        assertThat(items.get("database").getJsonNumber("latency_ms").longValue()).isNotNegative();
        assertThat(items.get("database").getJsonObject("details")).doesNotContainKey("version");
        assertThat(items.get("cluster").getJsonObject("details").getString("members")).isEqualTo("1");
        assertThat(items.get("cluster").getJsonObject("details")).doesNotContainKey("local");
        assertThat(items.get("source:cardmarket").getString("status")).isIn("operational", "degraded", "down", "unknown");
        assertThat(items.get("source:cardmarket").getJsonObject("details").getString("circuit")).isIn("open", "closed");
        assertThat(items.get("api").getString("last_check")).endsWith("Z");

        Api.Reply admin = Api.call("GET", "/api/status", null, "Cookie", Api.administratorSession());
        JsonObject database = admin.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("target").equals("database")).findFirst().orElseThrow();
        assertThat(database.getJsonObject("details")).containsKey("version");
    }

    // ---- push devices

    private static String token() {
        return "fcm-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    }

    @Test
    void a_signed_in_phone_registers_refreshes_and_unregisters_its_push_token() {
        String session = Api.registerSession("phone");
        String token = token();
        String body = "{\"platform\":\"android\",\"token\":\"" + token + "\",\"app_version\":\"1.10.0\"}";

        Api.Reply registered = Api.call("POST", "/api/devices", body, "Cookie", session);
        Api.Reply again = Api.call("POST", "/api/devices", body, "Cookie", session);

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonObject device = registered.json().asJsonObject();
        assertThat(device.getString("platform")).isEqualTo("android");
        assertThat(device.getString("app_version")).isEqualTo("1.10.0");
        assertThat(device.getString("push_delivery")).isEqualTo("not_configured");
        assertThat(device.keySet()).doesNotContain("token");
        assertThat(again.status()).isEqualTo(201);

        Api.Reply removed = Api.call("DELETE", "/api/devices", "{\"token\":\"" + token + "\"}", "Cookie", session);
        Api.Reply removedTwice = Api.call("DELETE", "/api/devices", "{\"token\":\"" + token + "\"}", "Cookie", session);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removedTwice.status()).isEqualTo(404);
        assertThat(detail(removedTwice)).isEqualTo("Device not found");
    }

    @Test
    void another_account_cannot_unregister_a_phone_and_strangers_cannot_register_one() {
        String owner = Api.registerSession("owner-phone");
        String token = token();
        Api.call("POST", "/api/devices", "{\"platform\":\"ios\",\"token\":\"" + token + "\"}", "Cookie", owner);

        Api.Reply other = Api.call("DELETE", "/api/devices", "{\"token\":\"" + token + "\"}", "Cookie",
                Api.registerSession("other-phone"));
        Api.Reply anonymous = Api.call("POST", "/api/devices", "{\"platform\":\"ios\",\"token\":\"" + token() + "\"}");

        assertThat(other.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(detail(anonymous)).isNotBlank();
    }

    @Test
    void a_device_with_a_bad_platform_token_or_body_is_refused_in_the_documented_shapes() {
        String session = Api.registerSession("bad-phone");

        Api.Reply platform = Api.call("POST", "/api/devices", "{\"platform\":\"windows\",\"token\":\"" + token() + "\"}",
                "Cookie", session);
        Api.Reply missing = Api.call("POST", "/api/devices", "{\"platform\":\"ios\"}", "Cookie", session);
        Api.Reply spaces = Api.call("POST", "/api/devices", "{\"platform\":\"ios\",\"token\":\"has spaces in it\"}",
                "Cookie", session);
        Api.Reply version = Api.call("POST", "/api/devices", "{\"platform\":\"ios\",\"token\":\"" + token()
                + "\",\"app_version\":\"1 0\"}", "Cookie", session);
        Api.Reply malformed = Api.call("POST", "/api/devices", "{\"platform\":", "Cookie", session);
        Api.Reply noBody = Api.call("DELETE", "/api/devices", "{}", "Cookie", session);

        assertThat(platform.status()).isEqualTo(422);
        assertThat(locOf(platform)).isEqualTo("[\"body\",\"platform\"]");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(locOf(missing)).isEqualTo("[\"body\",\"token\"]");
        assertThat(spaces.status()).isEqualTo(422);
        assertThat(locOf(spaces)).isEqualTo("[\"body\",\"token\"]");
        assertThat(version.status()).isEqualTo(422);
        assertThat(locOf(version)).isEqualTo("[\"body\",\"app_version\"]");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(noBody.status()).isEqualTo(422);
        assertThat(locOf(noBody)).isEqualTo("[\"body\",\"token\"]");
    }

    // ---- settings

    @Test
    void public_settings_are_typed_and_readable_by_anyone() {
        Api.Reply reply = Api.get("/api/settings/public");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject settings = reply.json().asJsonObject();
        assertThat(settings.keySet()).containsExactlyInAnyOrder("seller_fee_pct", "buyer_protection_pct", "min_payout_eur",
                "max_payout_eur", "site_announcement");
        assertThat(settings.get("seller_fee_pct").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(settings.get("site_announcement").getValueType()).isIn(JsonValue.ValueType.NULL, JsonValue.ValueType.STRING);
    }

    @Test
    void an_administrator_sets_a_setting_which_everyone_then_reads_with_who_changed_it_when_in_its_trail() {
        String admin = Api.administratorSession();
        long adminId = Api.call("GET", "/auth/me", null, "Cookie", admin).json().asJsonObject().getJsonNumber("id").longValue();
        String fee = "4." + (10 + (int) (Math.random() * 89));

        Api.Reply set = Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":" + fee + "}", "Cookie", admin);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject setting = set.json().asJsonObject();
        assertThat(setting.getString("key")).isEqualTo("seller_fee_pct");
        assertThat(setting.getString("type")).isEqualTo("decimal");
        assertThat(setting.getBoolean("is_public")).isTrue();
        assertThat(setting.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo(fee);
        assertThat(setting.getJsonNumber("default_value").bigDecimalValue()).isEqualByComparingTo("5.0");
        assertThat(setting.getJsonNumber("changed_by").longValue()).isEqualTo(adminId);
        JsonObject latest = setting.getJsonArray("history").getJsonObject(0);
        assertThat(latest.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo(fee);
        assertThat(latest.getJsonNumber("changed_by").longValue()).isEqualTo(adminId);
        assertThat(latest.getString("changed_at")).isNotBlank();
        assertThat(latest).containsKey("previous_value");
        assertThat(Api.get("/api/settings/public").json().asJsonObject().getJsonNumber("seller_fee_pct").bigDecimalValue())
                .isEqualByComparingTo(fee);

        Api.Reply announcement = Api.call("PUT", "/api/admin/settings/site_announcement", "{\"value\":\"  Maintenance tonight  \"}",
                "Cookie", admin);
        Api.Reply cleared = Api.call("PUT", "/api/admin/settings/site_announcement", "{\"value\":null}", "Cookie", admin);
        assertThat(announcement.json().asJsonObject().getString("value")).isEqualTo("Maintenance tonight");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().asJsonObject().isNull("value")).isTrue();
        assertThat(Api.call("GET", "/api/admin/settings/site_announcement", null, "Cookie", admin).json().asJsonObject()
                .getJsonArray("history").getJsonObject(0).getString("previous_value")).isEqualTo("Maintenance tonight");
    }

    @Test
    void settings_refuse_strangers_unknown_keys_and_values_of_the_wrong_type_or_range() {
        String admin = Api.administratorSession();
        Api.Reply anonymous = Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":3}");
        Api.Reply user = Api.call("GET", "/api/admin/settings/seller_fee_pct", null, "Cookie", Api.registerSession("settings"));
        Api.Reply unknown = Api.call("GET", "/api/admin/settings/free_money", null, "Cookie", admin);
        Api.Reply unknownPut = Api.call("PUT", "/api/admin/settings/free_money", "{\"value\":3}", "Cookie", admin);
        List<Api.Reply> invalid = List.of(
                Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":\"five\"}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":101}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":-1}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":1.005}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":null}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/site_announcement", "{\"value\":[1]}", "Cookie", admin),
                Api.call("PUT", "/api/admin/settings/site_announcement", "{\"value\":\"" + "x".repeat(501) + "\"}", "Cookie", admin));
        Api.Reply missing = Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{}", "Cookie", admin);
        Api.Reply malformed = Api.call("PUT", "/api/admin/settings/seller_fee_pct", "{\"value\":", "Cookie", admin);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(user.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(detail(unknown)).isEqualTo("Setting not found");
        assertThat(unknownPut.status()).isEqualTo(404);
        assertThat(invalid).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(locOf(reply)).isEqualTo("[\"body\",\"value\"]");
        });
        assertThat(missing.status()).isEqualTo(422);
        assertThat(locOf(missing)).isEqualTo("[\"body\",\"value\"]");
        assertThat(malformed.status()).isEqualTo(400);
        JsonArray errors = invalid.get(1).json().asJsonObject().getJsonArray("detail");
        assertThat(errors.getJsonObject(0).getString("msg")).contains("between 0 and 100");
    }
}
