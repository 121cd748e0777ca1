package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Members of the community ITs: fresh accounts with their usernames, and messages and posts made through the API. */
final class Community {

    private Community() {
    }

    /** A fresh account: its session cookie and username. */
    record Member(String cookie, String username) {

        Api.Reply call(String method, String path, String body) {
            return Api.call(method, path, body, "Cookie", cookie);
        }
    }

    static Member member(String stem) {
        String cookie = Api.registerSession(stem);
        return new Member(cookie, Market.username(cookie));
    }

    static JsonObject send(Member from, Member to, String body) {
        Api.Reply sent = from.call("POST", "/api/messages", Json.createObjectBuilder().add("to_username", to.username())
                .add("body", body).build().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().asJsonObject();
    }

    static JsonObject post(Member author, String title, String markdown) {
        Api.Reply posted = author.call("POST", "/forum/posts", Json.createObjectBuilder().add("title", title)
                .add("body", markdown).build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().asJsonObject();
    }

    static JsonObject report(Member reporter, String type, long id, String reason) {
        Api.Reply filed = reporter.call("POST", "/api/reports", Json.createObjectBuilder().add("target_type", type)
                .add("target_id", id).add("reason", reason).add("category", "spam").build().toString());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().asJsonObject();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
