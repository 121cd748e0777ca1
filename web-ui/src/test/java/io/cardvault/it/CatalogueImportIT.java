package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The server imports the real tcgdex catalogue on its first start, in the background. */
class CatalogueImportIT {

    @Test
    void first_start_imports_the_whole_catalogue_and_v2_stats_counts_it() {
        JsonObject stats = Catalogue.awaitImported();

        assertThat(stats.getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(39_000);
        assertThat(stats.getJsonNumber("sets").longValue()).isGreaterThanOrEqualTo(500);
        assertThat(stats.getJsonNumber("variants").longValue()).isGreaterThan(stats.getJsonNumber("cards").longValue());
        assertThat(stats.getInt("games")).isEqualTo(1);
        assertThat(stats.getString("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
    }

    @Test
    void v2_stats_is_publicly_cacheable_for_five_minutes() {
        Api.Reply reply = Api.get("/api/v2/stats");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
    }
}
