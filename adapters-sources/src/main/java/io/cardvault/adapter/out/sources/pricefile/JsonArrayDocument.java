package io.cardvault.adapter.out.sources.pricefile;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams the shape every price download shares: one object with scalar header fields and one
 * array of row objects ({@code {"createdAt":…, "priceGuides":[…]}}, {@code {"success":true, "results":[…]}}).
 * The document is read to its very end: a cut-off or malformed file throws
 * {@link MalformedPriceFileException} and no row is used.
 */
public final class JsonArrayDocument {

    /** Reads one row; the parser stands just after the row's START_OBJECT and must be left at its END_OBJECT. */
    public interface RowReader {
        void read(JsonParser parser, int index);
    }

    private JsonArrayDocument() {
    }

    /** Walks the document; returns its scalar header fields (as text) with the row count under {@code "#rows"}. */
    public static Map<String, String> walk(byte[] json, String arrayName, RowReader rows) {
        Map<String, String> header = new HashMap<>();
        int count = 0;
        boolean sawArray = false;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedPriceFileException("not a JSON object");
            }
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (arrayName.equals(key)) {
                    if (value != JsonParser.Event.START_ARRAY) {
                        throw new MalformedPriceFileException("'" + arrayName + "' is not an array");
                    }
                    sawArray = true;
                    JsonParser.Event event;
                    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
                        if (event != JsonParser.Event.START_OBJECT) {
                            throw new MalformedPriceFileException("'" + arrayName + "' row " + count + " is not an object");
                        }
                        rows.read(parser, count++);
                    }
                } else if (value == JsonParser.Event.VALUE_STRING || value == JsonParser.Event.VALUE_NUMBER) {
                    header.put(key, parser.getString());
                } else if (value == JsonParser.Event.VALUE_TRUE || value == JsonParser.Event.VALUE_FALSE) {
                    header.put(key, String.valueOf(value == JsonParser.Event.VALUE_TRUE));
                } else {
                    skipValue(parser, value);
                }
            }
            if (parser.hasNext()) {
                throw new MalformedPriceFileException("content after the document's end");
            }
        } catch (JsonParsingException | NoSuchElementException | IllegalStateException e) {
            throw new MalformedPriceFileException("truncated or malformed JSON after " + count + " '" + arrayName
                    + "' rows: " + e.getMessage(), e);
        }
        if (!sawArray) {
            throw new MalformedPriceFileException("no '" + arrayName + "' array");
        }
        header.put("#rows", String.valueOf(count));
        return header;
    }

    public static void skipValue(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
