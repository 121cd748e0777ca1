package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Signed-in callers of the wishlist, alert and notification routes, and the checks their ITs share. */
final class Watchers {

    /** Charizard of Base Set in the imported catalogue (its page is what WebPagesIT reads too). */
    static final long CHARIZARD = 134;

    private Watchers() {
    }

    /** A fresh account's session cookie pair. */
    static String session(String stem) {
        return Api.registerSession(stem);
    }

    /** A new API key of the account signed in by {@code cookie}. */
    static String apiKey(String cookie) {
        Api.Reply created = Api.call("POST", "/api/keys", "{\"name\":\"shelf\"}", "Cookie", cookie);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().asJsonObject().getString("key");
    }

    /** Asserts a 422 in the validation list shape whose locations name each field ({@code ["body", "ids", 0]} names {@code ids}). */
    static void assertInvalid(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonArray detail = reply.json().asJsonObject().getJsonArray("detail");
        List<String> named = detail.stream().map(JsonValue::asJsonObject)
                .flatMap(error -> error.getJsonArray("loc").stream())
                .map(part -> part instanceof JsonString text ? text.getString() : part.toString()).toList();
        assertThat(named).as(reply.body()).contains(fields);
        detail.stream().map(JsonValue::asJsonObject).forEach(error -> assertThat(error.getString("msg")).isNotBlank());
    }

    /** Asserts a {@code {"detail": "…"}} answer with that status. */
    static void assertDetail(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getString("detail")).isNotBlank();
    }
}
