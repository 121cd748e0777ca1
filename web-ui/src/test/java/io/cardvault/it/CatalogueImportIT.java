package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The server imports the real tcgdex catalogue on its first start, in the background; administrators
 * import again on demand ({@code matrix-admin} is a configured administrator, web-ui/pom.xml).
 */
class CatalogueImportIT {

    private static final String PASSWORD = "hunter2hunter2";
    private static final String IMPORT = "/api/admin/catalogue/import";

    @Test
    void first_start_imports_the_whole_catalogue_and_v2_stats_counts_it() {
        JsonObject stats = Catalogue.awaitImported();

        assertThat(stats.getJsonNumber("cards").longValue()).isGreaterThanOrEqualTo(39_000);
        assertThat(stats.getJsonNumber("sets").longValue()).isGreaterThanOrEqualTo(500);
        assertThat(stats.getJsonNumber("variants").longValue()).isGreaterThan(stats.getJsonNumber("cards").longValue());
        // pokemon, mtg, flesh-and-blood, yugioh and lorcana (the IT server imports slices of the other games)
        assertThat(stats.getInt("games")).isGreaterThanOrEqualTo(5);
        assertThat(stats.getString("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
    }

    @Test
    void v2_stats_is_publicly_cacheable_for_five_minutes() {
        Api.Reply reply = Api.get("/api/v2/stats");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
    }

    @Test
    void an_administrator_imports_on_demand_one_at_a_time_and_a_re_run_changes_nothing() {
        long cardsBefore = Catalogue.awaitImported().getJsonNumber("cards").longValue();
        String admin = signIn("matrix-admin");
        awaitNoImportRunning(admin);

        Api.Reply started = Api.call("POST", IMPORT, "{\"sources\":[\"tcgdex-en\"]}", "Cookie", admin);
        Api.Reply second = Api.call("POST", IMPORT, null, "Cookie", admin);
        JsonObject finished = awaitNoImportRunning(admin);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).endsWith(IMPORT);
        assertThat(started.json().asJsonObject().getString("status")).isEqualTo("running");
        assertThat(started.json().asJsonObject().getJsonArray("sources").getString(0)).isEqualTo("tcgdex-en");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().asJsonObject().getString("detail")).contains("already running");

        assertThat(finished.getJsonNumber("id").longValue()).isEqualTo(started.json().asJsonObject().getJsonNumber("id").longValue());
        assertThat(finished.getString("status")).isEqualTo("completed");
        assertThat(finished.getString("finished_at")).isNotBlank();
        JsonObject report = finished.getJsonArray("reports").getJsonObject(0);
        assertThat(report.getString("source")).isEqualTo("tcgdex-en");
        assertThat(report.getInt("cards")).isGreaterThan(21_000);
        assertThat(report.getJsonObject("changes").values()).allSatisfy(count -> assertThat(count.toString()).isEqualTo("0"));
        assertThat(Api.get("/api/v2/stats").json().asJsonObject().getJsonNumber("cards").longValue()).isEqualTo(cardsBefore);
    }

    @Test
    void only_administrators_import() {
        String user = signIn("imp-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(Api.call("POST", IMPORT, null).status()).isEqualTo(401);
        assertThat(Api.call("POST", IMPORT, null, "Cookie", user).status()).isEqualTo(403);
        assertThat(Api.call("GET", IMPORT, null, "Cookie", user).status()).isEqualTo(403);
    }

    @Test
    void an_unknown_source_is_refused_in_the_validation_shape() {
        Api.Reply reply = Api.call("POST", IMPORT, "{\"sources\":[\"scryfall\"]}", "Cookie", signIn("matrix-admin"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonObject error = reply.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc").toString()).isEqualTo("[\"body\",\"sources\"]");
        assertThat(error.getString("msg")).contains("scryfall");
    }

    /** Registers {@code username} (or signs in when it exists) and returns its session cookie. */
    private static String signIn(String username) {
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"" + PASSWORD + "\"}");
        if (reply.status() == 409) {
            reply = Api.call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        }
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** Polls the latest import until none is running (3 minutes at most); returns it, or null when none ran since start. */
    private static JsonObject awaitNoImportRunning(String admin) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Api.Reply reply = Api.call("GET", IMPORT, null, "Cookie", admin);
            if (reply.status() == 404) {
                return null;
            }
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject job = reply.json().asJsonObject();
            if (!job.getString("status").equals("running") || Instant.now().isAfter(deadline)) {
                return job;
            }
            Api.pause(Duration.ofSeconds(1));
        }
    }
}
