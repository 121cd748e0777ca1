package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The price ingest end to end: the sandbox market serves the three upstream formats for the
 * imported catalogue, and the real source adapters (MicroProfile Rest Client + Fault Tolerance)
 * fetch them over HTTP into the store. Store counters are read from {@code /sandbox/store}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("sandbox-market")
class PriceIngestIT {

    private static final String BASE = System.getProperty("cardvault.it.baseUrl", "http://localhost:9180");
    /** An ingest walks hundreds of tcgcsv groups: longer than the Api helper's 30 s. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void catalogue() {
        Catalogue.awaitImported();
    }

    @Test
    @Order(1)
    void the_sandbox_serves_cardmarkets_guide_for_the_catalogues_ids_the_same_for_the_same_day() {
        Reply guide = call("GET", "/sandbox/cardmarket/priceGuide/price_guide_6.json?date=2025-06-01");
        assertThat(guide.status).isEqualTo(200);
        assertThat(guide.sandboxHeader).isEqualTo("true");
        JsonObject json = guide.json();
        assertThat(json.getString("createdAt")).isEqualTo("2025-06-01T02:44:32+0200");
        // Base Set Charizard, unlimited holo: tcgdex base1-4's variant cardmarket id
        JsonObject charizard = json.getJsonArray("priceGuides").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getInt("idProduct") == 273699).findFirst().orElseThrow();
        assertThat(charizard.getJsonNumber("trend").doubleValue()).isGreaterThan(50);
        assertThat(call("GET", "/sandbox/cardmarket/priceGuide/price_guide_6.json?date=2025-06-01").body).isEqualTo(guide.body);
        assertThat(call("GET", "/sandbox/cardmarket/priceGuide/price_guide_6.json?date=2025-06-02").body).isNotEqualTo(guide.body);
    }

    @Test
    @Order(1)
    void the_sandboxs_showcase_files_hold_the_showcase_only_the_same_prices_as_the_whole_market() {
        Reply whole = call("GET", "/sandbox/cardmarket/priceGuide/price_guide_6.json?date=2025-06-01");
        Reply showcase = call("GET", "/sandbox/showcase/cardmarket/priceGuide/price_guide_6.json?date=2025-06-01");
        assertThat(showcase.status).isEqualTo(200);
        assertThat(showcase.sandboxHeader).isEqualTo("true");
        var wholeRows = whole.json().getJsonArray("priceGuides").getValuesAs(JsonObject.class);
        var showcaseRows = showcase.json().getJsonArray("priceGuides").getValuesAs(JsonObject.class);
        // Base Set is in the default showcase, a common of an old set is not: the file is a part of the market
        assertThat(showcaseRows.size()).isPositive().isLessThan(wholeRows.size());
        JsonObject charizard = showcaseRows.stream().filter(row -> row.getInt("idProduct") == 273699).findFirst().orElseThrow();
        assertThat(wholeRows).contains(charizard);
        assertThat(call("GET", "/sandbox/showcase/tcgcsv/archive/tcgplayer/prices-2025-06-01.zip").status).isEqualTo(200);
        assertThat(call("GET", "/sandbox/showcase/pricecharting/price-guide/download-custom?t=x&category=pokemon-cards"
                + "&date=2025-06-01").status).isEqualTo(200);
    }

    @Test
    @Order(2)
    void cardmarket_ingests_over_http_as_a_sandbox_run_and_moves_headlines() {
        // a past day no earlier run of this suite wrote (the IT server keeps its database between builds)
        long before = store().getJsonNumber("price_points").longValue();
        JsonObject run = ingest("source=cardmarket&history=true&force=true&date=" + LocalDate.of(2025, 1, 1)
                .plusDays(TODAY.toEpochDay() % 300));
        assertThat(run.getString("status")).isEqualTo("ok");
        assertThat(run.getBoolean("sandbox")).isTrue();
        assertThat(run.getString("upstream")).contains("/sandbox/cardmarket/priceGuide/price_guide_6.json");
        if (before == 0) {
            assertThat(run.getInt("points_written")).isGreaterThan(50_000);
        }
        // other suites' fixtures may add rows meanwhile: the counter grew by at least this file's points
        assertThat(store().getJsonNumber("price_points").longValue()).isGreaterThanOrEqualTo(before + run.getInt("points_written"));
        JsonObject today = ingest("source=cardmarket&force=true");
        assertThat(today.getString("status")).isEqualTo("ok");

        // Base Set Charizard's Cardmarket rows now come from that sandbox run, and say so, as its page does
        List<JsonObject> pricedVariants = call("GET", "/api/v2/cards/134").json().getJsonArray("printings")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(printing -> printing.getJsonArray("variants").getValuesAs(JsonObject.class).stream())
                .filter(variant -> !variant.getJsonObject("prices").getJsonArray("eu").isEmpty()).toList();
        assertThat(pricedVariants).isNotEmpty().allSatisfy(variant -> assertThat(variant.getJsonObject("prices")
                .getJsonArray("eu").getValuesAs(JsonObject.class)).allSatisfy(row -> assertThat(row.getBoolean("sandbox")).isTrue()));
        assertThat(call("GET", "/en/cards/134?variant=" + pricedVariants.get(0).getJsonNumber("id")).body)
                .contains("id=\"sandbox-notice\"");
    }

    @Test
    @Order(3)
    void re_ingesting_the_same_file_changes_nothing() {
        JsonObject before = store();
        JsonObject same = ingest("source=cardmarket");
        assertThat(same.getString("status")).isEqualTo("unchanged");
        JsonObject forced = ingest("source=cardmarket&force=true");
        assertThat(forced.getString("status")).isEqualTo("ok");
        assertThat(forced.getInt("points_written")).isZero();
        assertThat(forced.getInt("cards_changed")).isZero();
        assertThat(withoutRuns(store())).isEqualTo(withoutRuns(before));
    }

    @Test
    @Order(4)
    void a_file_cut_off_half_way_is_rejected_whole_and_leaves_the_store_unchanged() {
        JsonObject before = store();
        JsonObject cut = ingest("source=cardmarket&history=true&date=" + TODAY.minusDays(2) + "&upstream=broken");
        assertThat(cut.getString("status")).isEqualTo("rejected");
        assertThat(cut.getString("message")).contains("truncated or malformed");
        assertThat(cut.getInt("points_written")).isZero();
        JsonObject after = store();
        assertThat(withoutRuns(after)).isEqualTo(withoutRuns(before));
        assertThat(after.getJsonNumber("failed_runs").longValue()).isEqualTo(before.getJsonNumber("failed_runs").longValue() + 1);
    }

    @Test
    @Order(5)
    void tcgcsv_walks_categories_groups_products_and_prices_and_its_archive_gives_a_past_day() {
        // a subscriber of the game's topic hears of the committed ingest's new headline prices
        Realtime.Socket socket = Realtime.channel(null);
        socket.next("welcome");
        socket.send("{\"type\":\"subscribe\",\"topic\":\"tcg:pokemon\"}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("tcg:pokemon");

        JsonObject live = ingest("source=tcgcsv");
        assertThat(live.getString("status")).isEqualTo("ok");
        assertThat(live.getInt("points_written")).isGreaterThan(50_000);
        JsonObject update = socket.next("price_update");
        assertThat(update.getString("topic")).isEqualTo("tcg:pokemon");
        assertThat(update.getJsonObject("data").getString("source")).isEqualTo("tcgcsv");
        assertThat(update.getJsonObject("data").getString("currency")).isEqualTo("USD");
        assertThat(update.getJsonObject("data").getJsonNumber("market_price").doubleValue()).isPositive();
        socket.close();
        JsonObject past = ingest("source=tcgcsv&history=true&date=" + TODAY.minusDays(1));
        assertThat(past.getString("status")).isEqualTo("ok");
        assertThat(past.getString("upstream")).endsWith("/archive/tcgplayer/prices-" + TODAY.minusDays(1) + ".zip");
        assertThat(past.getInt("points_written")).isGreaterThan(50_000);
    }

    @Test
    @Order(6)
    void pricecharting_ingests_raw_graded_and_dealer_quotes_and_the_snapshot_follows() {
        JsonObject run = ingest("source=pricecharting");
        assertThat(run.getString("status")).isEqualTo("ok");
        assertThat(run.getInt("points_written")).isGreaterThan(100_000);
        Reply snapshot = call("POST", "/sandbox/snapshot");
        assertThat(snapshot.status).isEqualTo(200);
        assertThat(snapshot.json().getInt("snapshots")).isGreaterThan(10_000);
    }

    @Test
    @Order(7)
    void a_failing_upstream_opens_the_circuit_and_a_later_run_recovers() throws InterruptedException {
        String down = "source=pricecharting&upstream=down";
        JsonObject failed = ingest(down);
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(failed.getString("message")).contains("503");
        JsonObject open = ingest(down);
        for (int i = 0; i < 3 && !open.getString("message").contains("circuit open"); i++) {
            open = ingest(down);
        }
        assertThat(open.getString("status")).isEqualTo("failed");
        assertThat(open.getString("message")).contains("circuit open");
        // the sources share one policy, not its state: another source's circuit is still closed
        assertThat(ingest("source=cardmarket&force=true").getString("status")).isEqualTo("ok");
        // while open even the good upstream is not asked; after the breaker's delay (30 s) it is again
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject recovered = ingest("source=pricecharting&force=true");
        while (!"ok".equals(recovered.getString("status")) && Instant.now().isBefore(deadline)) {
            assertThat(recovered.getString("message")).contains("circuit open");
            Thread.sleep(5_000);
            recovered = ingest("source=pricecharting&force=true");
        }
        assertThat(recovered.getString("status")).isEqualTo("ok");
        assertThat(recovered.getInt("points_written")).isZero();
    }

    @Test
    @Order(8)
    void the_sandbox_is_its_own_upstream_only_under_sandbox_and_rejects_unknown_sources() {
        assertThat(call("POST", "/sandbox/ingest?source=nowhere").status).isEqualTo(404);
        assertThat(call("GET", "/sandbox/tcgcsv/tcgplayer/99/groups").status).isEqualTo(404);
        assertThat(call("GET", "/sandbox/cardmarket/priceGuide/price_guide_6.json?date=yesterday").status).isEqualTo(422);
    }

    @Test
    @Order(8)
    void no_request_names_the_url_an_ingest_fetches() {
        // before: the server fetched any URL given here and answered with what it found
        Reply elsewhere = call("POST", "/sandbox/ingest?source=tcgcsv&upstream=http://127.0.0.1:1/internal-admin");
        assertThat(elsewhere.status).isEqualTo(422);
        assertThat(elsewhere.json().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1)).isEqualTo("upstream");
        assertThat(elsewhere.body).doesNotContain("internal-admin");
    }

    @Test
    @Order(8)
    void the_control_routes_admit_a_caller_from_another_address_only_with_an_administrators_credentials() throws IOException {
        // the IT server opens them to loopback callers (CARDVAULT_SANDBOX_CONTROL=loopback); reached through
        // one of this machine's other addresses the caller is not on loopback and meets the admin gate
        Optional<String> other = Network.nonLoopbackAddress();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address besides loopback");
        String base = BASE.replace("localhost", other.get()).replace("127.0.0.1", other.get());
        for (String[] route : new String[][] {{"POST", "/sandbox/ingest?source=tcgcsv"}, {"POST", "/sandbox/snapshot"},
                {"POST", "/sandbox/backfill?days=0&showcase_days=0"}, {"GET", "/sandbox/store"}}) {
            Reply anonymous = call(route[0], base, route[1]);
            assertThat(anonymous.status).as(route[1]).isEqualTo(401);
            assertThat(anonymous.body).contains("\"detail\"");
        }
        // the price files the adapters download stay open
        assertThat(call("GET", base, "/sandbox/tcgcsv/tcgplayer/categories").status).isEqualTo(200);
    }

    /** Runs one sandbox ingest (the shelf's demo flow drives its alerts with it too) and answers its report. */
    static JsonObject ingest(String query) {
        Reply reply = call("POST", "/sandbox/ingest?" + query);
        assertThat(reply.status).as(reply.body).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject store() {
        Reply reply = call("GET", "/sandbox/store");
        assertThat(reply.status).isEqualTo(200);
        return reply.json();
    }

    /** The store's contents without the run counters (every ingest leaves a run row). */
    private static String withoutRuns(JsonObject stats) {
        return Json.createObjectBuilder(stats).remove("ok_runs").remove("failed_runs").build().toString();
    }

    private record Reply(int status, String body, String sandboxHeader) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static Reply call(String method, String path) {
        return call(method, BASE, path);
    }

    private static Reply call(String method, String base, String path) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(5)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("X-CardVault-Sandbox").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
