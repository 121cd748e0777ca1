package io.cardvault.adapter.in.rest.community;

import io.cardvault.domain.community.InvalidCommunityDataException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads the community routes' JSON bodies field by field, so aliases ({@code to}, {@code recipient_username})
 * and wrong kinds are answered as 422 naming the field rather than as an unreadable body.
 */
final class CommunityBodies {

    private CommunityBodies() {
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidCommunityDataException("body", "a JSON object body is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue parsed = reader.readValue();
            if (parsed instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException notJson) {
            // answered below
        }
        throw new InvalidCommunityDataException("body", "the body is a JSON object");
    }

    /** The first of the names present and not null, as text. */
    static Optional<String> text(JsonObject body, List<String> names) {
        for (String name : names) {
            JsonValue value = body.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                if (!(value instanceof JsonString text)) {
                    throw new InvalidCommunityDataException(name, name + " must be a string");
                }
                return Optional.of(text.getString());
            }
        }
        return Optional.empty();
    }

    static Optional<String> text(JsonObject body, String name) {
        return text(body, List.of(name));
    }

    static String requiredText(JsonObject body, String name) {
        return text(body, name).orElseThrow(() -> new InvalidCommunityDataException(name, name + " is required"));
    }

    /** A positive whole number, when present and not null. */
    static Optional<Long> id(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                if (id > 0) {
                    return Optional.of(id);
                }
            } catch (ArithmeticException tooLarge) {
                // answered below
            }
        }
        throw new InvalidCommunityDataException(name, name + " must be a positive whole number");
    }
}
