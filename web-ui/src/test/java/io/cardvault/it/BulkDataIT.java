package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk data files on Liberty + MariaDB: an administrator's rewrite, the manifest, downloads with
 * {@code curl --compressed} and with ranges, entity tags and dates. One rewrite for the class: a
 * rewrite of the whole catalogue is the slow part.
 */
class BulkDataIT {

    private static final String DOWNLOAD = "/api/bulk-data/all_cards/download";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The v2 card count when the rewrite finished, with no import running since before it started. */
    private static long cardsAtRewrite;
    private static JsonObject job;

    @BeforeAll
    static void rewriteNow() {
        String admin = Api.administratorSession();
        awaitStartUpWork(admin);
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = v2Cards();
            Api.Reply started = Api.call("POST", "/api/admin/bulk-data", null, "Cookie", admin);
            if (started.status() == 409) {
                awaitDone(admin);
                continue;
            }
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.header("Location")).endsWith("/api/admin/bulk-data");
            job = awaitDone(admin);
            cardsAtRewrite = v2Cards();
            if (before == cardsAtRewrite) {
                return; // no cards came in while the file was written: the two counts can be compared
            }
        }
        throw new IllegalStateException("the catalogue kept changing during three rewrites");
    }

    /**
     * Waits (4 minutes at most) for the start-up catalogue import to end and for the first bulk files
     * the server writes after it, so neither moves the files or the counts under the tests.
     */
    private static void awaitStartUpWork(String admin) {
        Api.awaitNoCatalogueImport(admin);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && Api.get("/api/bulk-data").json().asJsonObject().getInt("total") < 2) {
            Api.pause(Duration.ofSeconds(1));
        }
    }

    private static long v2Cards() {
        return Api.get("/api/v2/stats").json().asJsonObject().getJsonNumber("cards").longValue();
    }

    private static JsonObject awaitDone(String admin) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            JsonObject latest = Api.call("GET", "/api/admin/bulk-data", null, "Cookie", admin).json().asJsonObject();
            if (!latest.getString("status").equals("running") || Instant.now().isAfter(deadline)) {
                return latest;
            }
            Api.pause(Duration.ofMillis(500));
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(120)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonObject> jsonLines(byte[] text) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        }
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_rewrite_completes_with_both_files() {
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("completed");
        assertThat(job.getJsonArray("files").getValuesAs(JsonObject.class)).extracting(file -> file.getString("type"))
                .containsExactly("all_cards", "latest_prices");
    }

    @Test
    void the_manifest_names_each_file_with_its_size_date_encoding_and_address() {
        Api.Reply reply = Api.get("/api/bulk-data");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject manifest = reply.json().asJsonObject();
        assertThat(manifest.getInt("total")).isEqualTo(2);
        Map<String, JsonObject> files = manifest.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(file -> file.getString("type"), file -> file));
        JsonObject cards = files.get("all_cards");
        assertThat(cards.getString("object")).isEqualTo("bulk_data");
        assertThat(cards.getString("content_encoding")).isEqualTo("gzip");
        assertThat(cards.getString("content_type")).isEqualTo("application/x-ndjson");
        assertThat(cards.getString("download_uri")).endsWith(DOWNLOAD);
        assertThat(cards.getJsonNumber("size").longValue()).isPositive();
        assertThat(cards.getJsonNumber("records").longValue()).isEqualTo(cardsAtRewrite);
        assertThat(Instant.parse(cards.getString("updated_at"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(Api.get("/api/bulk-data/all_cards").json().asJsonObject()).isEqualTo(cards);
        assertThat(files).containsKey("latest_prices");
    }

    @Test
    void a_download_with_curl_compressed_parses_line_by_line_and_holds_every_card_of_v2_stats_once() throws Exception {
        Path saved = Files.createTempFile("all-cards", ".jsonl");
        try {
            Process curl = new ProcessBuilder("curl", "-sS", "--fail", "--compressed", "-o", saved.toString(), Api.baseUrl() + DOWNLOAD)
                    .redirectErrorStream(true).start();
            assertThat(curl.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(curl.exitValue()).as(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

            List<JsonObject> cards = jsonLines(Files.readAllBytes(saved));

            assertThat(cards).hasSize((int) cardsAtRewrite);
            Set<Long> ids = new HashSet<>();
            cards.forEach(card -> ids.add(card.getJsonNumber("id").longValue()));
            assertThat(ids).hasSize(cards.size());
            JsonObject first = cards.get(0);
            assertThat(first.getString("object")).isEqualTo("card");
            assertThat(first.keySet()).contains("game", "set_id", "name", "number", "cross_refs", "variants");
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    @Test
    void a_download_carries_its_validators_and_answers_304_when_unchanged() {
        HttpResponse<byte[]> full = get(DOWNLOAD, "Accept-Encoding", "gzip");
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(full.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(full.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(get(DOWNLOAD, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(DOWNLOAD, "Accept-Encoding", "gzip", "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(get(DOWNLOAD, "Accept-Encoding", "gzip", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> changed = get(DOWNLOAD, "Accept-Encoding", "gzip", "If-None-Match", "\"not-this-one\"");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(full.body());
    }

    @Test
    void ranges_of_the_gzip_bytes_resume_a_download_and_one_past_the_end_is_416() throws IOException {
        HttpResponse<byte[]> full = get(DOWNLOAD, "Accept-Encoding", "gzip");
        byte[] bytes = full.body();
        String etag = full.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> head = get(DOWNLOAD, "Accept-Encoding", "gzip", "Range", "bytes=0-99");
        HttpResponse<byte[]> rest = get(DOWNLOAD, "Accept-Encoding", "gzip", "Range", "bytes=100-", "If-Range", etag);
        HttpResponse<byte[]> tail = get(DOWNLOAD, "Accept-Encoding", "gzip", "Range", "bytes=-10");
        HttpResponse<byte[]> stale = get(DOWNLOAD, "Accept-Encoding", "gzip", "Range", "bytes=0-99", "If-Range", "\"stale\"");
        HttpResponse<byte[]> beyond = get(DOWNLOAD, "Accept-Encoding", "gzip", "Range", "bytes=" + bytes.length + "-");

        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.headers().firstValue("Content-Range")).contains("bytes 0-99/" + bytes.length);
        assertThat(head.body()).isEqualTo(Arrays.copyOfRange(bytes, 0, 100));
        assertThat(rest.statusCode()).isEqualTo(206);
        byte[] joined = new byte[bytes.length];
        System.arraycopy(head.body(), 0, joined, 0, 100);
        System.arraycopy(rest.body(), 0, joined, 100, rest.body().length);
        assertThat(joined).isEqualTo(bytes);
        assertThat(gunzip(joined)).isNotEmpty();
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).hasSize(bytes.length);
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + bytes.length);
        assertThat(Json.createReader(new StringReader(new String(beyond.body(), StandardCharsets.UTF_8))).readObject()
                .getString("detail")).isEqualTo("Range Not Satisfiable");
    }

    @Test
    void a_client_that_does_not_accept_gzip_gets_the_lines_decoded() throws IOException {
        HttpResponse<byte[]> plain = get("/api/bulk-data/latest_prices/download");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        List<JsonObject> prices = jsonLines(plain.body());
        long records = Api.get("/api/bulk-data/latest_prices").json().asJsonObject().getJsonNumber("records").longValue();
        assertThat(prices).hasSize((int) records);
        prices.stream().findFirst().ifPresent(price -> {
            assertThat(price.getString("object")).isEqualTo("price");
            assertThat(price.keySet()).contains("card_id", "variant_id", "source", "currency", "amount", "as_of", "sandbox");
        });
    }

    @Test
    void an_unknown_type_is_404_and_only_administrators_rewrite() {
        Api.Reply entry = Api.get("/api/bulk-data/oracle_cards");
        Api.Reply download = Api.get("/api/bulk-data/oracle_cards/download");
        Api.Reply anonymous = Api.call("POST", "/api/admin/bulk-data", null);
        Api.Reply user = Api.call("POST", "/api/admin/bulk-data", null, "Cookie", Api.registerSession("bulk-user"));

        assertThat(entry.status()).isEqualTo(404);
        assertThat(entry.json().asJsonObject().getString("detail")).isEqualTo("Bulk data type not found");
        assertThat(download.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(user.status()).isEqualTo(403);
    }
}
