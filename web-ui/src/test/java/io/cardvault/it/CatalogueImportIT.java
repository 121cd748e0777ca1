package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The server imports the real tcgdex catalogue on its first start, in the background. */
class CatalogueImportIT {

    /** Both dumps hold 540 sets and 39,372 importable cards; allow a loaded 2-core machine time. */
    private static final Duration IMPORT_DEADLINE = Duration.ofMinutes(4);

    @Test
    void first_start_imports_the_whole_catalogue_and_v2_stats_counts_it() throws InterruptedException {
        Instant deadline = Instant.now().plus(IMPORT_DEADLINE);
        JsonObject stats = Api.get("/api/v2/stats").json().asJsonObject();
        // both counters: the last sets of the Asian dump hold few cards, so cards pass 39,000 before sets pass 500
        while ((stats.getJsonNumber("cards").longValue() < 39_000 || stats.getJsonNumber("sets").longValue() < 500)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
            stats = Api.get("/api/v2/stats").json().asJsonObject();
        }

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
