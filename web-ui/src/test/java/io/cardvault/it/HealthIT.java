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
        JsonObject database = body.getJsonArray("checks").getJsonObject(1).getJsonObject("data");
        assertThat(database.getString("product")).isEqualTo("MariaDB");
    }

    @Test
    void liveness_is_up() {
        Api.Reply reply = Api.get("/health/live");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void metrics_are_served_without_login() {
        Api.Reply reply = Api.get("/metrics");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("# TYPE");
    }
}
