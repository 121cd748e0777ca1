package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void health_answers_ok() {
        Api.Reply reply = Api.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().asJsonObject().getString("status")).isEqualTo("ok");
    }

    @Test
    void database_health_reports_the_real_mariadb() {
        Api.Reply reply = Api.get("/health/db");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getString("status")).isEqualTo("ok");
        assertThat(body.get("db")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void readiness_lists_database_and_cluster_in_the_microprofile_shape() {
        Api.Reply reply = Api.get("/health/ready");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject body = reply.json().asJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .containsExactly("cluster=UP", "database=UP");
        // anonymous: status only, no database version or cluster address
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .allSatisfy(check -> assertThat(check.getJsonObject("data")).isEmpty());
        assertThat(reply.body()).doesNotContain("MariaDB");
    }

    @Test
    void an_administrator_sees_the_readiness_details() {
        String admin = signIn("matrix-admin");
        Api.Reply reply = Api.call("GET", "/health/ready", null, "Cookie", admin);

        assertThat(reply.status()).isEqualTo(200);
        JsonObject database = reply.json().asJsonObject().getJsonArray("checks").getJsonObject(1).getJsonObject("data");
        assertThat(database.getString("product")).isEqualTo("MariaDB");
        String user = signIn("health" + Long.toString(System.nanoTime(), 36));
        assertThat(Api.call("GET", "/health/ready", null, "Cookie", user).body()).doesNotContain("MariaDB");
    }

    /** Signs the user up (or in, when it exists) and returns its session cookie. */
    private static String signIn(String username) {
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"hunter2hunter2\"}");
        if (reply.status() == 409) {
            reply = Api.call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"hunter2hunter2\"}");
        }
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void liveness_is_up() {
        Api.Reply reply = Api.get("/health/live");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void metrics_are_served_without_login_on_the_operations_listener() {
        Api.Reply reply = Api.ops("/metrics");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("# TYPE");
    }
}
