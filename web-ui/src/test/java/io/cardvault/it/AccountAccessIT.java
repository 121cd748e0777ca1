package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what on the account routes (the authorization matrix), password change, deletion with
 * its grace period and purge, CORS and the cross-site write guard, on Liberty + MariaDB. The IT
 * server runs with a deletion grace of 8 s, a purge every second and {@code matrix-admin} as a
 * configured administrator (web-ui/pom.xml).
 */
class AccountAccessIT {

    private static final String PASSWORD = "hunter2hunter2";
    private static final String ADMIN = "matrix-admin";

    private record User(long id, String username, String cookie) {
    }

    /** The people of one matrix cell: a fresh owner with one key, a fresh other user, the administrator. */
    private record Scene(User owner, long ownerKeyId, String ownerKey, User other, User admin) {
    }

    enum Caller { ANONYMOUS, OTHER_USER, OWNER, ADMIN, OWNER_API_KEY }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static User register(String username) {
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"" + PASSWORD + "\"}");
        if (reply.status() == 409) {
            reply = Api.call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        }
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return new User(reply.json().asJsonObject().getJsonNumber("user_id").longValue(), username, cookie(reply));
    }

    private static String cookie(Api.Reply reply) {
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static Scene scene() {
        User owner = register(unique("own"));
        Api.Reply key = Api.call("POST", "/api/keys", "{\"name\":\"mine\"}", "Cookie", owner.cookie());
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        User admin = register(ADMIN);
        // the administrator is shared by all cells: start each with no keys, so creating one is always allowed
        Api.call("GET", "/api/keys", null, "Cookie", admin.cookie()).json().asJsonObject().getJsonArray("items")
                .forEach(k -> Api.call("DELETE", "/api/keys/" + k.asJsonObject().getInt("id"), null, "Cookie", admin.cookie()));
        return new Scene(owner, key.json().asJsonObject().getJsonNumber("id").longValue(),
                key.json().asJsonObject().getString("key"), register(unique("oth")), admin);
    }

    private record Route(String name, String method, Function<Scene, String> path, Function<Scene, String> body,
                         boolean flagOwnerFirst) {
        static Route of(String method, String path, String body) {
            return new Route(method + " " + path, method, s -> path, s -> body, false);
        }
    }

    private static final String SAME_PASSWORD =
            "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"" + PASSWORD + "\"}";

    private static Route keyRoute(String method, String body) {
        return new Route(method + " /api/keys/{owner's key}", method, s -> "/api/keys/" + s.ownerKeyId(), s -> body, false);
    }

    private static Route deletion(String path, boolean flagOwnerFirst) {
        return new Route("POST " + path + " (confirm names the owner)", "POST", s -> path,
                s -> "{\"confirm\":\"DELETE " + s.owner().username() + "\"}", flagOwnerFirst);
    }

    /** Expected status per caller: anonymous, other user, owner, admin, the owner's API key. */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(Arguments.of(Route.of("GET", "/auth/me", null), new int[] {401, 200, 200, 200, 200}));
        rows.add(Arguments.of(Route.of("POST", "/auth/logout", null), new int[] {200, 200, 200, 200, 200}));
        rows.add(Arguments.of(new Route("POST /auth/login (owner's credentials)", "POST", s -> "/auth/login",
                s -> "{\"username\":\"" + s.owner().username() + "\",\"password\":\"" + PASSWORD + "\"}", false),
                new int[] {200, 200, 200, 200, 200}));
        rows.add(Arguments.of(new Route("POST /auth/register (new user)", "POST", s -> "/auth/register",
                s -> "{\"username\":\"" + unique("reg") + "\",\"email\":\"" + unique("reg") + "@example.com\","
                        + "\"password\":\"" + PASSWORD + "\"}", false), new int[] {201, 201, 201, 201, 201}));
        rows.add(Arguments.of(new Route("POST /api/auth/register (new user)", "POST", s -> "/api/auth/register",
                s -> "{\"username\":\"" + unique("app") + "\",\"email\":\"" + unique("app") + "@example.com\","
                        + "\"password\":\"" + PASSWORD + "\",\"display_name\":\"A\",\"country\":\"nl\"}", false),
                new int[] {201, 201, 201, 201, 201}));
        rows.add(Arguments.of(Route.of("GET", "/api/keys", null), new int[] {401, 200, 200, 200, 403}));
        // the owner's Free tier holds one key and already has it: 403; the others have room
        rows.add(Arguments.of(Route.of("POST", "/api/keys", "{\"name\":\"another\"}"), new int[] {401, 201, 403, 201, 403}));
        rows.add(Arguments.of(keyRoute("PATCH", "{\"name\":\"renamed\"}"), new int[] {401, 404, 200, 404, 403}));
        rows.add(Arguments.of(keyRoute("DELETE", null), new int[] {401, 404, 204, 404, 403}));
        rows.add(Arguments.of(Route.of("POST", "/account/password", SAME_PASSWORD), new int[] {401, 200, 200, 200, 403}));
        // another user's session acts on their own account, where the owner's confirmation phrase is wrong: 400
        rows.add(Arguments.of(deletion("/account/delete", false), new int[] {401, 400, 200, 400, 403}));
        rows.add(Arguments.of(deletion("/account/delete/cancel", true), new int[] {401, 400, 200, 400, 403}));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void authorization_matrix(Route route, int[] expected) {
        for (Caller caller : Caller.values()) {
            Scene scene = scene();
            if (route.flagOwnerFirst()) {
                assertThat(Api.call("POST", "/account/delete", "{\"confirm\":\"DELETE " + scene.owner().username() + "\"}",
                        "Cookie", scene.owner().cookie()).status()).isEqualTo(200);
            }
            String[] credentials = switch (caller) {
                case ANONYMOUS -> new String[0];
                case OTHER_USER -> new String[] {"Cookie", scene.other().cookie()};
                case OWNER -> new String[] {"Cookie", scene.owner().cookie()};
                case ADMIN -> new String[] {"Cookie", scene.admin().cookie()};
                case OWNER_API_KEY -> new String[] {"X-API-Key", scene.ownerKey()};
            };
            Api.Reply reply = Api.call(route.method(), route.path().apply(scene), route.body().apply(scene), credentials);
            assertThat(reply.status()).as("%s as %s: %s", route.name(), caller, reply.body())
                    .isEqualTo(expected[caller.ordinal()]);
            if (reply.status() >= 400) {
                assertThat(reply.json().asJsonObject().containsKey("detail")).as(reply.body()).isTrue();
            }
        }
    }

    @Test
    void configured_administrators_read_as_admins() {
        User admin = register(ADMIN);
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", admin.cookie()).json().asJsonObject()
                .getBoolean("is_admin")).isTrue();
    }

    @Test
    void a_password_change_needs_the_current_password_renews_the_cookie_and_the_old_password_stops_working() {
        User user = register(unique("pw"));
        Api.Reply wrong = Api.call("POST", "/account/password",
                "{\"current_password\":\"not-it-at-all\",\"new_password\":\"brand-new-pass\"}", "Cookie", user.cookie());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().asJsonObject().getString("detail")).isEqualTo("Current password is incorrect");
        Api.Reply tooShort = Api.call("POST", "/account/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"short\"}", "Cookie", user.cookie());
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("new_password");

        Api.Reply changed = Api.call("POST", "/account/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"brand-new-pass\"}", "Cookie", user.cookie());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(cookie(changed)).as("a fresh cookie of the next session generation")
                .startsWith("tcg_session=v2." + user.id() + ".1.");
        assertThat(login(user.username(), PASSWORD).status()).isEqualTo(401);
        assertThat(login(user.username(), "brand-new-pass").status()).isEqualTo(200);
    }

    private static Api.Reply login(String username, String password) {
        return Api.call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void a_deletion_can_be_cancelled_in_its_grace_and_is_final_after_it_with_the_keys_gone() throws InterruptedException {
        User user = register(unique("del"));
        String key = Api.call("POST", "/api/keys", "{\"name\":\"k\"}", "Cookie", user.cookie()).json().asJsonObject()
                .getString("key");
        String confirm = "{\"confirm\":\"DELETE " + user.username() + "\"}";
        assertThat(Api.call("POST", "/account/delete", "{\"confirm\":\"delete me\"}", "Cookie", user.cookie()).status())
                .isEqualTo(400);

        Api.Reply flagged = Api.call("POST", "/account/delete", confirm, "Cookie", user.cookie());
        assertThat(flagged.status()).isEqualTo(200);
        JsonObject body = flagged.json().asJsonObject();
        Instant requested = Instant.parse(body.getString("deletion_requested_at"));
        assertThat(Duration.between(requested, Instant.parse(body.getString("delete_after")))).isEqualTo(Duration.ofSeconds(8));
        assertThat(login(user.username(), PASSWORD).status()).as("signing in stays possible").isEqualTo(200);
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", user.cookie()).json().asJsonObject()
                .getString("deletion_requested_at")).isEqualTo(body.getString("deletion_requested_at"));
        assertThat(Api.call("POST", "/account/delete/cancel", confirm, "Cookie", user.cookie()).status()).isEqualTo(200);
        Api.Reply again = Api.call("POST", "/account/delete/cancel", confirm, "Cookie", user.cookie());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().asJsonObject().getString("detail")).isEqualTo("No account deletion is pending");

        Thread.sleep(10_000); // past the 8 s grace: a cancelled deletion must not happen
        assertThat(login(user.username(), PASSWORD).status()).isEqualTo(200);

        assertThat(Api.call("POST", "/account/delete", confirm, "Cookie", user.cookie()).status()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(40);
        while (login(user.username(), PASSWORD).status() != 401 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(login(user.username(), PASSWORD).status()).as("purged after the grace").isEqualTo(401);
        assertThat(Api.call("GET", "/api/v2/stats", null, "X-API-Key", key).status()).isEqualTo(401);
        assertThat(Api.call("GET", "/auth/me", null, "Cookie", user.cookie()).status()).isEqualTo(401);
    }

    @Test
    void preflights_from_listed_origins_are_answered_and_others_refused_never_with_a_wildcard() {
        Api.Reply allowed = Api.call("OPTIONS", "/api/keys", null, "Origin", "https://partner.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://partner.example");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(allowed.raw().headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));

        Api.Reply spec = Api.call("OPTIONS", "/api/v2/stats", null, "Origin", "http://localhost:5173",
                "Access-Control-Request-Method", "GET");
        assertThat(spec.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");

        Api.Reply refused = Api.call("OPTIONS", "/api/keys", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(refused.header("Access-Control-Allow-Credentials")).isNull();

        Api.Reply read = Api.call("GET", "/api/v2/stats", null, "Origin", "https://www.collectorstashmarket.com");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://www.collectorstashmarket.com");
        assertThat(read.header("Access-Control-Expose-Headers")).contains("X-RateLimit-Remaining");
        Api.Reply foreign = Api.call("GET", "/api/v2/stats", null, "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void cookie_authenticated_writes_and_sign_ins_from_foreign_origins_are_refused_but_keys_are_exempt() {
        User user = register(unique("csrf"));
        Api.Reply forged = Api.call("POST", "/api/keys", "{\"name\":\"forged\"}", "Cookie", user.cookie(),
                "Origin", "https://evil.example");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().asJsonObject().getString("detail")).contains("Cross-site request refused");
        assertThat(Api.call("POST", "/account/delete", "{\"confirm\":\"DELETE " + user.username() + "\"}",
                "Cookie", user.cookie(), "Referer", "https://evil.example/page").status()).isEqualTo(403);
        assertThat(Api.call("POST", "/auth/login", "{\"username\":\"" + user.username() + "\",\"password\":\""
                + PASSWORD + "\"}", "Origin", "https://evil.example").status()).isEqualTo(403);

        String own = System.getProperty("cardvault.it.baseUrl", "http://localhost:9180");
        Api.Reply sameOrigin = Api.call("POST", "/api/keys", "{\"name\":\"mine\"}", "Cookie", user.cookie(), "Origin", own);
        assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(201);
        String key = sameOrigin.json().asJsonObject().getString("key");
        assertThat(Api.call("POST", "/auth/logout", null, "X-API-Key", key, "Origin", "https://evil.example").status())
                .as("an API key is not a browser's ambient credential").isEqualTo(200);
        assertThat(Api.call("GET", "/api/keys", null, "Cookie", user.cookie(), "Origin", "https://evil.example").status())
                .as("reads are not guarded").isEqualTo(200);
    }
}
