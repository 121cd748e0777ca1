package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class OpenApiIT {

    @Test
    void openapi_document_lists_every_route() {
        Api.Reply reply = Api.get("/openapi?format=JSON");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject document = reply.json().asJsonObject();
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("CardVault API");
        assertThat(document.getJsonObject("paths").keySet())
                .contains("/health", "/health/db", "/health/ready", "/health/live", "/api/app/version");
    }

    @Test
    void openapi_ui_is_served() {
        assertThat(Api.get("/openapi/ui/").status()).isEqualTo(200);
    }
}
