package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PokeTrace's own examples, as its guide prints them (test resources {@code poketrace-examples/},
 * see the README there), run against the test server: the JavaScript with Node.js, the cURL commands
 * with curl. Only the base URL, the key and the guide's example card id are replaced, as every reader
 * of the guide replaces them. Node.js 18+ and curl are on the CI machine ({@code .ci/run} installs
 * them); a missing one fails the test rather than skipping it.
 */
class PokeTraceConformanceIT {

    private static final String GUIDE_CARD = "019bff77-befa-771d-bab0-f5909f0a78c9";
    private static String key;
    private static String cardId;
    private static Path work;

    @BeforeAll
    static void scaleKeyAndCard() throws IOException {
        Catalogue.awaitImported();
        cardId = PokeTrace.usId(PriceFixtures.install().cardId()); // Base Set Blastoise, priced PSA 10 by eBay
        key = PokeTrace.account("power_collector").key();
        work = Files.createDirectories(Path.of("target", "poketrace-examples"));
    }

    /** The example with the reader's replacements: the test server, the key, a card of this catalogue. */
    private static String asReaderRuns(String resource) throws IOException {
        try (InputStream in = PokeTraceConformanceIT.class.getResourceAsStream("/poketrace-examples/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://api.poketrace.com", Api.baseUrl())
                    .replace("YOUR_KEY", key).replace("pc_your_key", key)
                    .replace(GUIDE_CARD, cardId).replace("019bff77...", cardId);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished in time", command).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static long remaining() {
        return PokeTrace.json(PokeTrace.get(key, "/v1/auth/info")).getJsonObject("data").getJsonObject("user")
                .getJsonNumber("remaining").longValue();
    }

    @Test
    void the_guides_complete_javascript_example_prints_the_cards_psa_10_price() throws Exception {
        Path script = Files.writeString(work.resolve("complete-example.mjs"), asReaderRuns("complete-example.mjs"));

        Run node = run(List.of("node", script.getFileName().toString()), Map.of("POKETRACE_API_KEY", key));

        assertThat(node.exit()).as(node.err()).isZero();
        assertThat(node.out().strip()).isEqualTo("Blastoise: $2100 (PSA 10)");
    }

    @Test
    void the_guides_quick_start_fetch_reaches_the_api_with_its_key() throws Exception {
        Path script = Files.writeString(work.resolve("quick-start-fetch.mjs"), asReaderRuns("quick-start-fetch.mjs"));
        long before = remaining();

        Run node = run(List.of("node", script.getFileName().toString()), Map.of());

        assertThat(node.exit()).as(node.err()).isZero();
        assertThat(before - remaining()).as("the fetch and this check each counted once").isEqualTo(2);
    }

    @Test
    void the_guides_curl_commands_answer_200_with_data() throws Exception {
        List<String> commands = new ArrayList<>();
        commands.add(asReaderRuns("quick-start.curl").strip());
        // the guide's cURL block lost its line breaks: each "# …" comment starts a command, "\ " was a line continuation
        for (String part : asReaderRuns("curl-examples.txt").strip().split("(^|\\s)# ")) {
            int start = part.indexOf("curl ");
            if (start >= 0) {
                commands.add(part.substring(start).replace("\\ ", " ").strip());
            }
        }
        assertThat(commands).hasSize(6);

        for (String command : commands) {
            Run curl = run(List.of("bash", "-c", command + " -sS -w '\\n%{http_code}'"), Map.of());
            assertThat(curl.exit()).as(command + "\n" + curl.err()).isZero();
            String out = curl.out();
            int split = out.lastIndexOf('\n');
            assertThat(out.substring(split + 1)).as(command + "\n" + out).isEqualTo("200");
            JsonObject body = Json.createReader(new StringReader(out.substring(0, split))).readObject();
            assertThat(body.containsKey("data")).as(command).isTrue();
        }
    }
}
