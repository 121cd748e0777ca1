package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Helpers of the {@code /v1} ITs: accounts on a plan (through the platform tier it maps to), keys,
 * calls with {@code X-API-Key}, the IT database, and the US id form the API shows a card under.
 */
final class PokeTrace {

    private PokeTrace() {
    }

    /** An account and one key on it. */
    record Caller(Realtime.User user, String key) {
    }

    /** A fresh account on {@code tier} (free → Free, starter/pro → Pro, power_collector and up → Scale) with one key. */
    static Caller account(String tier) {
        Realtime.User user = Realtime.register();
        if (!"free".equals(tier)) {
            Realtime.grantTier(user, tier);
        }
        return new Caller(user, Realtime.createKey(user));
    }

    static Api.Reply get(String key, String path) {
        return key == null ? Api.get(path) : Api.call("GET", path, null, "X-API-Key", key);
    }

    static JsonObject json(Api.Reply reply) {
        return reply.json().asJsonObject();
    }

    /** The guide's error body: exactly these fields. */
    static void assertError(Api.Reply reply, int status, String error, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonObject body = json(reply);
        assertThat(body.getString("error")).isEqualTo(error);
        assertThat(body.getString("message")).isEqualTo(message);
        assertThat(body.containsKey("detail")).isFalse();
    }

    /** The /v1 id of a catalogue card in the US market. */
    static String usId(long cardId) {
        return "c4d0be15-0000-8000-8000-" + String.format(Locale.ROOT, "%012x", cardId);
    }

    static Connection database() {
        try {
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("cardvault.it.dbPort", "3317")
                    + "/cardvault?user=root&sslMode=disable");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the IT database", e);
        }
    }
}
