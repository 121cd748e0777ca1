package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up, sessions, API keys and the per-account rate limit, end to end on Liberty + MariaDB. */
class AccountsIT {

    private record User(String username, String cookie) {
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static User register(String username) {
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new User(username, sessionCookie(reply));
    }

    private static String sessionCookie(Api.Reply reply) {
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static JsonObject createKey(User user, String name) {
        Api.Reply reply = Api.call("POST", "/api/keys", "{\"name\":\"" + name + "\"}", "Cookie", user.cookie());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().asJsonObject();
    }

    /** The minute window resets on whole minutes: a test counting to the limit starts early in one. */
    private static void startInAFreshMinute() {
        Instant now = Instant.now();
        Duration leftInMinute = Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
        if (leftInMinute.toMillis() < 20_000) {
            Api.pause(leftInMinute.plusMillis(500));
        }
    }

    @Test
    void register_sets_a_signed_http_only_lax_cookie_for_30_days_and_me_reads_it() {
        String username = unique("Demo");
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@Example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(reply.status()).isEqualTo(201);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getBoolean("ok")).isTrue();
        assertThat(body.getString("username")).isEqualTo(username.toLowerCase());
        assertThat(body.getJsonNumber("user_id").longValue()).isPositive();
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Max-Age=2592000").contains("Path=/").doesNotContainIgnoringCase("Secure");

        Api.Reply me = Api.call("GET", "/auth/me", null, "Cookie", sessionCookie(reply));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().asJsonObject().getString("email")).isEqualTo(username.toLowerCase() + "@example.com");
        assertThat(me.json().asJsonObject().getString("tier")).isEqualTo("free");
        assertThat(me.json().asJsonObject().getBoolean("is_admin")).isFalse();
        assertThat(me.body()).doesNotContain("password");

        String tampered = sessionCookie(reply).replaceFirst("v2\\.(\\d+)\\.", "v2.1.");
        assertThat(tampered).isNotEqualTo(sessionCookie(reply));
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", tampered).status()).isEqualTo(401);
    }

    @Test
    void duplicates_are_409_and_bad_fields_422() {
        User user = register(unique("dup"));
        Api.Reply sameName = Api.call("POST", "/auth/register", "{\"username\":\"" + user.username().toUpperCase()
                + "\",\"email\":\"other-" + user.username() + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().asJsonObject().getString("detail")).isEqualTo("username already taken");
        Api.Reply sameEmail = Api.call("POST", "/auth/register", "{\"username\":\"x" + user.username()
                + "\",\"email\":\"" + user.username() + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(sameEmail.status()).isEqualTo(409);

        Api.Reply badEmail = Api.call("POST", "/auth/register",
                "{\"username\":\"" + unique("e") + "\",\"email\":\"nope\",\"password\":\"hunter2hunter2\"}");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").toString())
                .isEqualTo("[\"body\",\"email\"]");
        Api.Reply shortPassword = Api.call("POST", "/auth/register",
                "{\"username\":\"" + unique("p") + "\",\"email\":\"" + unique("p") + "@example.com\",\"password\":\"short\"}");
        assertThat(shortPassword.status()).isEqualTo(422);
        Api.Reply missing = Api.call("POST", "/auth/register", "{\"username\":\"" + unique("m") + "\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(Api.call("POST", "/api/auth/register", "{\"username\":\"" + unique("c") + "\",\"email\":\""
                + unique("c") + "@example.com\",\"password\":\"hunter2hunter2\",\"country\":\"NLD\"}").status()).isEqualTo(422);
    }

    @Test
    void login_by_username_or_email_and_logout_clears_the_cookie() {
        User user = register(unique("login"));
        Api.Reply byName = Api.call("POST", "/auth/login", "{\"username\":\"" + user.username() + "\",\"password\":\"hunter2hunter2\"}");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", sessionCookie(byName)).status()).isEqualTo(200);
        Api.Reply byEmail = Api.call("POST", "/auth/login", "{\"username\":\"" + user.username()
                + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().asJsonObject().getString("username")).isEqualTo(user.username());
        Api.Reply wrong = Api.call("POST", "/auth/login", "{\"username\":\"" + user.username() + "\",\"password\":\"wrong-password\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().asJsonObject().getString("detail")).isEqualTo("Invalid username or password");
        assertThat(wrong.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("tcg_session=v1"));

        Api.Reply logout = Api.call("POST", "/auth/logout", null, "Cookie", user.cookie());
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("tcg_session=;") && c.contains("Max-Age=0"));
    }

    @Test
    void a_free_account_holds_one_key_shown_once_and_never_again() {
        User user = register(unique("keys"));
        JsonObject created = createKey(user, "production");
        String key = created.getString("key");
        assertThat(key).startsWith("csm_").hasSizeGreaterThanOrEqualTo(36);
        assertThat(created.getString("prefix")).isEqualTo(key.substring(0, 12));
        assertThat(created.getString("tier")).isEqualTo("free");
        assertThat(created.getJsonNumber("daily_limit").longValue()).isEqualTo(500);
        assertThat(created.getJsonNumber("rate_limit_per_minute").longValue()).isEqualTo(30);

        Api.Reply second = Api.call("POST", "/api/keys", "{\"name\":\"staging\"}", "Cookie", user.cookie());
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.json().asJsonObject().getString("detail")).contains("allows 1 API key");

        Api.Reply list = Api.call("GET", "/api/keys", null, "Cookie", user.cookie());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().asJsonObject().getJsonArray("items")).hasSize(1);
        assertThat(list.body()).doesNotContain(key).doesNotContain("\"key\"");
        Api.Reply patched = Api.call("PATCH", "/api/keys/" + created.getInt("id"), "{\"name\":\"renamed\"}", "Cookie", user.cookie());
        assertThat(patched.body()).contains("renamed").doesNotContain(key);
        Api.Reply me = Api.call("GET", "/auth/me", null, "Authorization", "Bearer " + key);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).doesNotContain(key);
    }

    @Test
    void the_31st_free_tier_call_in_a_minute_is_429_across_all_three_ways_to_present_the_key() {
        User user = register(unique("limit"));
        JsonObject created = createKey(user, "limit");
        String key = created.getString("key");
        // the search index is built on first use: let that happen before the timed minute
        assertThat(Api.call("GET", "/api/search?q=x", null, "Cookie", user.cookie()).status()).isEqualTo(200);
        startInAFreshMinute();
        List<Api.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            replies.add(switch (i % 3) {
                case 0 -> Api.call("GET", "/api/search?q=x", null, "Authorization", "Bearer " + key);
                case 1 -> Api.call("GET", "/api/search?q=x", null, "X-API-Key", key);
                default -> Api.call("GET", "/api/search?q=x&api_key=" + key, null);
            });
        }
        for (int i = 0; i < 30; i++) {
            Api.Reply reply = replies.get(i);
            assertThat(reply.status()).as("call %d", i + 1).isEqualTo(200);
            assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("30");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(29 - i));
            assertThat(Long.parseLong(reply.header("X-RateLimit-Reset"))).isGreaterThan(Instant.now().getEpochSecond() - 60);
        }
        Api.Reply refused = replies.get(30);
        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.json().asJsonObject().getString("detail"))
                .isEqualTo("Rate limit exceeded. Retry after " + retryAfter + " seconds.");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");

        // the website's own session bypasses the limiter
        assertThat(Api.call("GET", "/api/v2/stats", null, "Cookie", user.cookie()).status()).isEqualTo(200);

        // the key list counts the 30 accepted calls of today and the last use (a flush running at that
        // very moment may hide them for its few milliseconds, hence the short retry)
        JsonObject listed = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            listed = Api.call("GET", "/api/keys", null, "Cookie", user.cookie()).json().asJsonObject()
                    .getJsonArray("items").getJsonObject(0);
            if (listed.getJsonNumber("calls_today").longValue() == 30) {
                break;
            }
            Api.pause(Duration.ofMillis(250));
        }
        assertThat(listed.getInt("id")).isEqualTo(created.getInt("id"));
        assertThat(listed.getJsonNumber("calls_today").longValue()).isEqualTo(30);
        assertThat(Instant.parse(listed.getString("last_used_at"))).isAfter(Instant.now().minusSeconds(120));
        assertThat(listed.containsKey("key")).isFalse();
    }

    @Test
    void a_cached_card_detail_admits_keys_sessions_and_origins_as_every_route_does() {
        User user = register(unique("cached"));
        String key = createKey(user, "cached").getString("key");
        long cardId = Api.get("/api/v2/cards?game=pokemon&name=Pikachu&limit=1").json().asJsonObject()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String path = "/api/v2/cards/" + cardId;
        Api.Reply built = Api.get(path); // the first read builds the cached bytes; later ones are served from them
        assertThat(built.status()).isEqualTo(200);

        startInAFreshMinute();
        List<Api.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            replies.add(switch (i % 3) {
                case 0 -> Api.call("GET", path, null, "Authorization", "Bearer " + key);
                case 1 -> Api.call("GET", path, null, "X-API-Key", key);
                default -> Api.call("GET", path + "?api_key=" + key, null);
            });
        }
        for (int i = 0; i < 30; i++) {
            Api.Reply reply = replies.get(i);
            assertThat(reply.status()).as("call %d", i + 1).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(built.body());
            assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(29 - i));
        }
        Api.Reply refused = replies.get(30);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().asJsonObject().getString("detail"))
                .isEqualTo("Rate limit exceeded. Retry after " + refused.header("Retry-After") + " seconds.");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("Cache-Control")).isNull();

        Api.Reply badKey = Api.call("GET", path, null, "X-API-Key", "csm_" + "x".repeat(43));
        assertThat(badKey.status()).isEqualTo(401);
        assertThat(badKey.json().asJsonObject().getString("detail")).isEqualTo("Invalid or revoked API key");

        Api.Reply session = Api.call("GET", path, null, "Cookie", user.cookie());
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.header("X-RateLimit-Remaining")).isNull();

        Api.Reply listed = Api.call("GET", path, null, "Origin", "https://www.collectorstashmarket.com");
        assertThat(listed.body()).isEqualTo(built.body());
        assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo("https://www.collectorstashmarket.com");
        assertThat(listed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(listed.raw().headers().allValues("Vary")).anyMatch(value -> value.contains("Origin"));
        Api.Reply foreign = Api.call("GET", path, null, "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void invalid_deactivated_and_deleted_keys_are_401() {
        User user = register(unique("revoke"));
        JsonObject created = createKey(user, "temp");
        String key = created.getString("key");
        assertThat(Api.call("GET", "/api/v2/stats", null, "X-API-Key", "csm_" + "x".repeat(43)).status()).isEqualTo(401);
        assertThat(Api.call("GET", "/api/v2/stats", null, "Authorization", "Bearer not-a-key").status()).isEqualTo(401);
        assertThat(Api.call("GET", "/api/v2/stats", null, "X-API-Key", key).status()).isEqualTo(200);

        Api.call("PATCH", "/api/keys/" + created.getInt("id"), "{\"is_active\":false}", "Cookie", user.cookie());
        Api.Reply inactive = Api.call("GET", "/api/v2/stats", null, "X-API-Key", key);
        assertThat(inactive.status()).isEqualTo(401);
        assertThat(inactive.json().asJsonObject().getString("detail")).isEqualTo("Invalid or revoked API key");
        Api.call("PATCH", "/api/keys/" + created.getInt("id"), "{\"is_active\":true}", "Cookie", user.cookie());
        assertThat(Api.call("GET", "/api/v2/stats", null, "X-API-Key", key).status()).isEqualTo(200);

        assertThat(Api.call("DELETE", "/api/keys/" + created.getInt("id"), null, "Cookie", user.cookie()).status()).isEqualTo(204);
        assertThat(Api.call("GET", "/api/v2/stats", null, "X-API-Key", key).status()).isEqualTo(401);
    }
}
