package io.cardvault.adapter.out.sources.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reading dump files: a small JSON file whole, a gzip JSON-lines file one line at a time (only one
 * row's JSON is ever in memory), each line parsed on its own so a line that is not JSON is one bad
 * row, not a failed import.
 */
public final class DumpFiles {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final int BUFFER = 1 << 16;

    private DumpFiles() {
    }

    /** A whole JSON document, gzip-compressed when the name ends in {@code .gz}. */
    public static JsonStructure readWhole(Path file) {
        try (InputStream in = open(file);
             JsonReader reader = READERS.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.read();
        } catch (IOException | JsonException e) {
            throw new UnreadableDumpException("cannot read " + file, e);
        }
    }

    /** The lines of a gzip file; the caller closes the reader. */
    public static BufferedReader gzipLines(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UnreadableDumpException("cannot open " + file, e);
        }
    }

    /**
     * One line as a JSON object; empty when it is not one.
     *
     * @throws JsonException when the line is not JSON at all
     */
    public static Optional<JsonObject> objectOf(String line) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(line))) {
            return parser.next() == JsonParser.Event.START_OBJECT ? Optional.of(parser.getObject()) : Optional.empty();
        }
    }

    /** Closes a reader opened by {@link #gzipLines}, if any. */
    public static void close(BufferedReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, BUFFER) : in;
    }
}
