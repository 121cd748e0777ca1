package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The log files of a Liberty server of this build's install (the suite's {@code cardvault-it} and its second node). */
final class ServerLogs {

    private static final Path SERVERS = Path.of(System.getProperty("user.dir")).resolve("target/liberty/wlp/usr/servers");

    private ServerLogs() {
    }

    /** The server's {@code logs} folder ({@code messages.log}, {@code console.log}, …). */
    static Path of(String server) {
        return SERVERS.resolve(server).resolve("logs");
    }

    /**
     * Asserts that no file in the server's logs holds any of the claim tokens ({@code ct_} and 64 hex digits): each is
     * looked for without its prefix, so a log line that cut or re-encoded the prefix still counts.
     */
    static void assertNoClaimToken(String server, Collection<String> tokens) throws IOException {
        assertThat(tokens).as("tokens to look for").isNotEmpty();
        List<Path> logs;
        try (Stream<Path> files = Files.walk(of(server))) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertThat(logs).as(server + "'s logs").isNotEmpty();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            for (String token : List.copyOf(tokens)) {
                assertThat(text).as(server + " " + log.getFileName() + " holds no claim token").doesNotContain(token.substring(3));
            }
        }
    }
}
