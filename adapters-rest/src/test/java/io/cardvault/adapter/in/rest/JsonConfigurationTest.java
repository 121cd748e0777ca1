package io.cardvault.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

public class JsonConfigurationTest {

    public record CardSummary(long id, String collectorNumber, String thumbnailUrl) {
    }

    private final Jsonb jsonb = new JsonConfiguration().getContext(CardSummary.class);

    @Test
    void writesSnakeCaseNamesAndKeepsNulls() {
        String json = jsonb.toJson(new CardSummary(441076, "4/102", null));

        JsonObject written = Json.createReader(new StringReader(json)).readObject();
        assertThat(written).isEqualTo(Json.createObjectBuilder()
                .add("id", 441076)
                .add("collector_number", "4/102")
                .addNull("thumbnail_url")
                .build());
    }

    @Test
    void readsSnakeCaseNamesBackIntoRecords() {
        CardSummary card = jsonb.fromJson("{\"id\":4,\"collector_number\":\"4\",\"thumbnail_url\":\"/x.avif\"}", CardSummary.class);

        assertThat(card).isEqualTo(new CardSummary(4, "4", "/x.avif"));
    }
}
