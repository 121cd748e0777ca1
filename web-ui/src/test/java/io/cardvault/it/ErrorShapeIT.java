package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Every error leaves in the contract's shape: {"detail": "…"}, or 422 with a per-field list. */
class ErrorShapeIT {

    @Test
    void unknown_route_is_404_with_detail() {
        Api.Reply reply = Api.get("/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(Json.createObjectBuilder().add("detail", "Not Found").build());
    }

    @Test
    void wrong_method_is_405_with_detail_and_allow_header() {
        Api.Reply reply = Api.send("DELETE", "/health", "application/json", "");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().asJsonObject().getString("detail")).isEqualTo("Method Not Allowed");
        assertThat(reply.header("Allow")).contains("GET");
    }

    @Test
    void invalid_query_value_is_422_with_location_message_and_type() {
        Api.Reply reply = Api.get("/api/app/version?platform=windows");

        assertThat(reply.status()).isEqualTo(422);
        JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc")).isEqualTo(Json.createArrayBuilder().add("query").add("platform").build());
        assertThat(error.getString("msg")).isEqualTo("string does not match regex \"android|ios\"");
        assertThat(error.getString("type")).isEqualTo("value_error.str.regex");
    }

    @Test
    void no_stack_trace_ever_leaves_the_server() {
        Api.Reply reply = Api.get("/health/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.");
    }
}
