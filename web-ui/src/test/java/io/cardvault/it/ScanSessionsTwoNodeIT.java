package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's last acceptance point on two real nodes: the owner signs in and holds the session's event
 * stream on node A (the suite's server, {@code cardvault-it}); the phone, with only the claim token,
 * claims, uploads, reports and completes on node B; A's stream receives {@code claimed}, {@code photo},
 * {@code result}, {@code completed} in that order, carried between the nodes by their Hazelcast
 * cluster, and then ends. Node B ({@code cardvault-it-b}) is a second server of the same Liberty
 * install running the same WAR: {@code web-ui/pom.xml} creates it beside A (A's embedded MariaDB, A's
 * cluster, the one scan-photo folder both use) and stops it after the suite should anything leave it
 * running; this class starts it, so only a run that includes this test pays for its start, and stops
 * it, so the other tests run against A alone.
 */
class ScanSessionsTwoNodeIT {

    private static final String NODE_A = "cardvault-it";
    private static final String NODE_B = "cardvault-it-b";
    private static final String NODE_B_URL = System.getProperty("cardvault.it.b.baseUrl", "http://localhost:9181");
    private static final Path TARGET = Path.of(System.getProperty("user.dir")).resolve("target");
    private static final Path SERVER_SCRIPT = TARGET.resolve("liberty/wlp/bin/server");
    /**
     * As long as the build gives node A (serverStartTimeout): a fresh server's first start takes ~90 s on a 2-core
     * machine (STACK.md), and its application alone took 264 s at a load average of 33.
     */
    private static final Duration START_DEADLINE = Duration.ofMinutes(10);
    private static final Duration JOIN_DEADLINE = Duration.ofMinutes(1);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> TOKENS = new ArrayList<>();

    @BeforeAll
    static void node_b_starts_and_both_nodes_see_one_cluster_of_two() throws Exception {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        // the command returns once the server has started (or failed to); readiness is what counts
        String started = server("start");
        while (readiness(NODE_B_URL) != 200) {
            assertThat(Instant.now()).as(NODE_B + " ready within " + START_DEADLINE + "; server start said: " + started)
                    .isBefore(deadline);
            Api.pause(Duration.ofSeconds(2));
        }
        // the member count is shown to administrators only; A's configured administrator signs in on each node
        String adminOnA = Api.administratorSession();
        Api.Reply signedIn = Api.callAt(NODE_B_URL, "POST", "/auth/login", "{\"username\":\"matrix-admin\",\"password\":\""
                + Api.ADMINISTRATOR_PASSWORD + "\"}");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        String adminOnB = Api.sessionCookie(signedIn);
        Instant joined = Instant.now().plus(JOIN_DEADLINE);
        while (!(members(Api.baseUrl(), adminOnA).equals("2") && members(NODE_B_URL, adminOnB).equals("2"))) {
            assertThat(Instant.now()).as("both nodes in one cluster of two within " + JOIN_DEADLINE).isBefore(joined);
            Api.pause(Duration.ofSeconds(1));
        }
    }

    @Test
    void the_owners_stream_on_node_a_sees_the_phones_four_events_on_node_b_in_order_then_ends() throws Exception {
        String owner = Api.registerSession("scan2node");
        Api.Reply created = Api.call("POST", "/api/scan-sessions", null, "Cookie", owner);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonObject session = created.json().asJsonObject();
        String path = "/api/scan-sessions/" + session.getString("session_id");
        String token = session.getString("claim_token");
        TOKENS.add(token);

        ScanEventStream stream = new ScanEventStream(Api.baseUrl() + path + "/sse", owner);
        assertThat(stream.awaitStatus()).isEqualTo(200);
        stream.awaitConnected();

        // the phone talks to node B only, its token in the header (never in a URL a log could keep)
        Api.Reply claimed = Api.callAt(NODE_B_URL, "POST", path + "/claim", "{\"device_name\":\"Pixel 8\"}", "X-Scan-Token", token);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().asJsonObject().getString("status")).isEqualTo("claimed");
        Api.Reply photo = Api.multipartAt(NODE_B_URL, path + "/upload-photo", Duration.ofSeconds(30),
                List.of(Api.Part.file("file", "photo", "image/png", ScanSessionsIT.png(40, 30))), "X-Scan-Token", token);
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        String imageUrl = photo.json().asJsonObject().getString("image_url");
        assertThat(imageUrl).isEqualTo("/static/scans/" + session.getString("session_id") + "/0.webp");
        Api.Reply reported = Api.callAt(NODE_B_URL, "POST", path + "/results", "{\"cards\":[{\"card_index\":0,\"image_url\":\""
                + imageUrl + "\",\"recognition\":{\"candidates\":[{\"card_id\":891,\"confidence\":0.91}]}}]}", "X-Scan-Token", token);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        Api.Reply completed = Api.callAt(NODE_B_URL, "POST", path + "/complete", null, "X-Scan-Token", token);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().asJsonObject().getString("status")).isEqualTo("completed");

        stream.expectClaimedPhotoResultCompleted("Pixel 8", imageUrl, 891);
        assertThat(stream.awaitEnd()).as("node A ends the stream after completed, with nothing after it").isEmpty();

        // node A serves what node B stored: the session from the shared database, the photo from the shared folder
        JsonObject review = Api.call("GET", path, null, "Cookie", owner).json().asJsonObject();
        assertThat(review.getString("status")).isEqualTo("completed");
        assertThat(review.getString("device_name")).isEqualTo("Pixel 8");
        HttpResponse<byte[]> webp = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + imageUrl))
                .header("Cookie", owner).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(webp.statusCode()).isEqualTo(200);
        assertThat(ImageHeader.read(webp.body()).format()).isEqualTo(ImageFormat.WEBP);
    }

    @AfterAll
    static void node_b_stops_and_neither_nodes_log_holds_the_claim_token() throws IOException {
        try {
            // exit 0, or 1 when it was not running (a start that failed)
            assertThat(server("stop")).matches("(?s)exit [01]:.*");
        } finally {
            if (!TOKENS.isEmpty()) {
                ServerLogs.assertNoClaimToken(NODE_A, TOKENS);
                ServerLogs.assertNoClaimToken(NODE_B, TOKENS);
            }
        }
    }

    /**
     * Runs the install's {@code bin/server <action> cardvault-it-b} with this JVM's Java and returns its exit code and
     * output. The output goes through a file: the server it starts could otherwise hold a pipe to this JVM open.
     */
    private static String server(String action) {
        Path output = TARGET.resolve(NODE_B + "-" + action + ".out");
        ProcessBuilder command = new ProcessBuilder(SERVER_SCRIPT.toString(), action, NODE_B)
                .redirectErrorStream(true).redirectOutput(output.toFile());
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = command.start();
            assertThat(process.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("server " + action + " returns").isTrue();
            return "exit " + process.exitValue() + ": " + Files.readString(output).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server command ran", e);
        }
    }

    /** {@code /health/ready}'s status on a node, or 0 while it does not answer yet. */
    private static int readiness(String baseUrl) {
        try {
            return Api.callAt(baseUrl, "GET", "/health/ready", null).status();
        } catch (UncheckedIOException notListening) {
            return 0;
        }
    }

    /** The cluster's member count as an administrator reads it on a node's {@code /health/ready}. */
    private static String members(String baseUrl, String administrator) {
        Api.Reply ready = Api.callAt(baseUrl, "GET", "/health/ready", null, "Cookie", administrator);
        assertThat(ready.status()).as(baseUrl + " " + ready.body()).isEqualTo(200);
        return ready.json().asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("cluster"))
                .map(check -> check.getJsonObject("data").getString("members"))
                .findFirst().orElseThrow();
    }
}
