package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Account security end to end on Liberty + MariaDB: the key cap under concurrent creations, sessions
 * that logout and password changes end, sign-in throttling at its default per-account limit (the IT
 * server raises only the per-address one, as every IT calls from 127.0.0.1), and weak passwords.
 */
class AccountSecurityIT {

    private static final String PASSWORD = "hunter2hunter2";

    private record User(long id, String username, String cookie) {
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static User register(String username) {
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new User(reply.json().asJsonObject().getJsonNumber("user_id").longValue(), username, sessionCookie(reply));
    }

    private static Api.Reply login(String username, String password) {
        return Api.call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static String sessionCookie(Api.Reply reply) {
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static int me(String cookie) {
        return Api.call("GET", "/auth/me", null, "Cookie", cookie).status();
    }

    @Test
    void sixteen_concurrent_key_creations_on_a_free_account_create_exactly_one() throws Exception {
        User user = register(unique("race"));
        int requests = 16;
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String name = "key " + i;
                replies.add(threads.submit(() -> {
                    go.await();
                    return Api.call("POST", "/api/keys", "{\"name\":\"" + name + "\"}", "Cookie", user.cookie());
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply answered = reply.get();
                statuses.add(answered.status());
                if (answered.status() == 403) {
                    assertThat(answered.json().asJsonObject().getString("detail")).contains("Free tier allows 1 API key");
                }
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 403).hasSize(requests - 1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(Api.call("GET", "/api/keys", null, "Cookie", user.cookie()).json().asJsonObject()
                .getJsonArray("items")).hasSize(1);
    }

    @Test
    void a_cookie_copied_before_logout_is_anonymous_after_it_while_the_other_sessions_go_on() {
        User user = register(unique("copy"));
        assertThat(user.cookie()).startsWith("tcg_session=v2." + user.id() + ".0.");
        String copy = user.cookie();
        String phone = sessionCookie(login(user.username(), PASSWORD));
        assertThat(me(copy)).isEqualTo(200);

        Api.Reply logout = Api.call("POST", "/auth/logout", null, "Cookie", user.cookie());
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("tcg_session=;"));

        assertThat(me(copy)).as("the copied cookie").isEqualTo(401);
        assertThat(Api.call("GET", "/api/keys", null, "Cookie", copy).status()).isEqualTo(401);
        assertThat(me(phone)).as("another session of the same account").isEqualTo(200);
    }

    @Test
    void logging_out_everywhere_ends_every_session_of_the_account() {
        User user = register(unique("all"));
        String phone = sessionCookie(login(user.username(), PASSWORD));
        assertThat(Api.call("POST", "/auth/logout?everywhere=true", null, "Cookie", phone).status()).isEqualTo(200);
        assertThat(me(phone)).isEqualTo(401);
        assertThat(me(user.cookie())).isEqualTo(401);
        String fresh = sessionCookie(login(user.username(), PASSWORD));
        assertThat(fresh).startsWith("tcg_session=v2." + user.id() + ".1.");
        assertThat(me(fresh)).isEqualTo(200);
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_renews_this_browser_s_cookie() {
        User user = register(unique("pw"));
        String phone = sessionCookie(login(user.username(), PASSWORD));

        Api.Reply changed = Api.call("POST", "/account/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"a brand new passphrase\"}",
                "Cookie", user.cookie());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String renewed = sessionCookie(changed);

        assertThat(me(renewed)).as("this browser stays signed in").isEqualTo(200);
        assertThat(me(user.cookie())).as("its old cookie").isEqualTo(401);
        assertThat(me(phone)).as("the other session").isEqualTo(401);
    }

    @Test
    void failed_sign_ins_are_throttled_per_account_at_the_default_and_only_failures_count() {
        User user = register(unique("guess"));
        User regular = register(unique("often"));
        startInAFreshMinute();
        for (int i = 0; i < 8; i++) {
            assertThat(login(regular.username(), PASSWORD).status()).as("successful sign-in %d", i).isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(login(user.username(), "not-the-password-" + i).status()).isEqualTo(401);
        }
        Api.Reply refused = login(user.username(), PASSWORD);
        assertThat(refused.status()).as("the right password after 5 failures this minute").isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.json().asJsonObject().getString("detail"))
                .isEqualTo("Too many sign-in attempts. Retry after " + retryAfter + " seconds.");
        assertThat(login(user.username() + "@example.com", PASSWORD).status()).as("by email: the same account")
                .isEqualTo(429);
        assertThat(me(user.cookie())).as("sessions are untouched").isEqualTo(200);
    }

    @Test
    void blank_and_common_passwords_are_refused_on_the_password_field() {
        for (String weak : List.of("password", "12345678", "        ", "Qwertyuiop")) {
            String name = unique("weak");
            Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.com\",\"password\":\"" + weak + "\"}");
            assertThat(reply.status()).as(weak).isEqualTo(422);
            JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
            assertThat(error.getJsonArray("loc").toString()).isEqualTo("[\"body\",\"password\"]");
        }
        String name = unique("app");
        assertThat(Api.call("POST", "/api/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name
                + "@example.com\",\"password\":\"iloveyou\"}").status()).isEqualTo(422);

        User user = register(unique("change"));
        Api.Reply change = Api.call("POST", "/account/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"password\"}", "Cookie", user.cookie());
        assertThat(change.status()).isEqualTo(422);
        assertThat(change.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").toString())
                .isEqualTo("[\"body\",\"new_password\"]");
        assertThat(me(user.cookie())).as("a refused change ends nothing").isEqualTo(200);
    }

    /** The minute window resets on whole minutes: a test counting to the limit starts early in one. */
    private static void startInAFreshMinute() {
        Instant now = Instant.now();
        Duration leftInMinute = Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
        if (leftInMinute.toMillis() < 20_000) {
            Api.pause(leftInMinute.plusMillis(500));
        }
    }
}
