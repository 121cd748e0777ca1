package io.cardvault.adapter.out.sources.ygojson;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * The objects of one array member of a gzipped JSON document ({@code {"source": …, "sets": [ … ]}}),
 * streamed: only the current object is ever in memory, so the 60 MB of sets never are at once.
 */
final class TopLevelArray {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private TopLevelArray() {
    }

    /** The objects of {@code member}; the stream must be closed (it holds the file open). */
    static Stream<JsonObject> objects(Path file, String member) {
        JsonParser parser;
        try {
            parser = PARSERS.createParser(new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new YgojsonReadException("cannot open " + file, e);
        }
        try {
            seek(parser, member, file);
        } catch (JsonException | IllegalStateException | YgojsonReadException e) {
            parser.close();
            throw e instanceof YgojsonReadException read ? read : new YgojsonReadException("cannot read " + file, e);
        }
        Iterator<JsonObject> objects = new Iterator<>() {
            private JsonObject next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        JsonParser.Event event = parser.next();
                        if (event == JsonParser.Event.START_OBJECT) {
                            next = parser.getObject();
                        } else {
                            done = true;
                        }
                    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
                        throw new YgojsonReadException("cannot read " + file, e);
                    }
                }
                return next != null;
            }

            @Override
            public JsonObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JsonObject current = next;
                next = null;
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(objects, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(parser::close);
    }

    /** Moves the parser to just inside the array of the top-level member named {@code member}. */
    private static void seek(JsonParser parser, String member, Path file) {
        if (parser.next() != JsonParser.Event.START_OBJECT) {
            throw new YgojsonReadException(file + " is not a JSON object", null);
        }
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            if (key.equals(member) && value == JsonParser.Event.START_ARRAY) {
                return;
            }
            if (value == JsonParser.Event.START_ARRAY) {
                parser.skipArray();
            } else if (value == JsonParser.Event.START_OBJECT) {
                parser.skipObject();
            }
        }
        throw new YgojsonReadException(file + " has no array " + member, null);
    }
}
