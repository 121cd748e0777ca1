package io.cardvault.adapter.in.rest.scan;

import io.cardvault.domain.scan.InvalidScanDataException;
import io.cardvault.domain.scan.ScanCard;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the phone's bodies: the claim's {@code device_name} (JSON or form) and the results'
 * {@code {"cards": [...]}}, each wrong value an {@link InvalidScanDataException} naming its field
 * (422). A recognition is kept as the JSON object it was sent as.
 */
final class ScanBodies {

    private ScanBodies() {
    }

    /** A card as reported, before a missing recognition is computed. */
    record ReportedCard(int cardIndex, Optional<Instant> capturedAt, Optional<String> imageUrl, Optional<String> recognition) {

        ScanCard toCard(String recognitionJson) {
            return new ScanCard(cardIndex, capturedAt, imageUrl, recognitionJson);
        }
    }

    /** {@code device_name} from a JSON object or a urlencoded form; absent is null (the domain refuses it). */
    static String deviceName(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            try {
                for (String pair : body.split("&")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && "device_name".equals(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8))) {
                        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    }
                }
            } catch (IllegalArgumentException brokenEscape) {
                throw new InvalidScanDataException("device_name", "the form is not valid application/x-www-form-urlencoded");
            }
            return null;
        }
        JsonValue device = object(body, "body").get("device_name");
        if (device == null || device.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(device instanceof JsonString text)) {
            throw new InvalidScanDataException("device_name", "device_name must be a string");
        }
        return text.getString();
    }

    static List<ReportedCard> cards(String body, int max) {
        JsonValue cards = object(body, "body").get("cards");
        if (!(cards instanceof JsonArray array) || array.isEmpty()) {
            throw new InvalidScanDataException("cards", "cards is a non-empty array of cards");
        }
        if (array.size() > max) {
            throw new InvalidScanDataException("cards", "at most " + max + " cards a batch");
        }
        List<ReportedCard> reported = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject card)) {
                throw new InvalidScanDataException("cards", "each card is a JSON object");
            }
            reported.add(card(card));
        }
        return reported;
    }

    private static ReportedCard card(JsonObject card) {
        JsonValue index = card.get("card_index");
        if (!(index instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidScanDataException("card_index", "card_index is a whole number");
        }
        int cardIndex;
        try {
            cardIndex = number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new InvalidScanDataException("card_index", "card_index is out of range");
        }
        Optional<Instant> capturedAt = text(card, "captured_at").map(ScanBodies::instant);
        Optional<String> imageUrl = text(card, "image_url");
        JsonValue recognition = card.get("recognition");
        Optional<String> recognitionJson;
        if (recognition == null || recognition.getValueType() == JsonValue.ValueType.NULL) {
            recognitionJson = Optional.empty();
        } else if (recognition instanceof JsonObject object) {
            recognitionJson = Optional.of(object.toString());
        } else {
            throw new InvalidScanDataException("recognition", "recognition is a JSON object (a /api/cards/recognize answer)");
        }
        return new ReportedCard(cardIndex, capturedAt, imageUrl, recognitionJson);
    }

    private static Optional<String> text(JsonObject card, String field) {
        JsonValue value = card.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidScanDataException(field, field + " must be a string");
        }
        return Optional.of(text.getString());
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidScanDataException("captured_at", "captured_at is an ISO-8601 instant, e.g. 2026-05-07T13:14:01Z");
        }
    }

    private static JsonObject object(String body, String field) {
        if (body == null || body.isBlank()) {
            throw new InvalidScanDataException(field, "the body is a JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException notJson) {
            throw new InvalidScanDataException(field, "the body is a JSON object");
        }
        throw new InvalidScanDataException(field, "the body is a JSON object");
    }
}
