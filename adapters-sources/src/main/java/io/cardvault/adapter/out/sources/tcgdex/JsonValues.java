package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lenient readers for tcgdex values: keys are often missing or null, so absence reads as null;
 * a value of the wrong kind is a bad row ({@link BadRowException}), never a silent guess.
 */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        throw new BadRowException(key + " is not text: " + value);
    }

    static Integer integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return integer(value, key);
    }

    static Integer integer(JsonValue value, String what) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValueExact();
        }
        throw new BadRowException(what + " is not an integer: " + value);
    }

    static Long positiveId(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValueExact() > 0) {
            return number.longValueExact();
        }
        throw new BadRowException(key + " is not a positive id: " + value);
    }

    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonObject child ? child : null;
    }

    static List<String> texts(JsonObject object, String key) {
        JsonValue value = object.get(key);
        List<String> texts = new ArrayList<>();
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : value.asJsonArray()) {
                if (!(item instanceof JsonString string)) {
                    throw new BadRowException(key + " holds a non-text value: " + item);
                }
                texts.add(string.getString());
            }
        }
        return texts;
    }

    /** A language → text map; null when absent or empty (callers decide if that is allowed). */
    static LocalizedNames names(JsonObject object, String key) {
        JsonObject map = object(object, key);
        if (map == null) {
            return null;
        }
        Map<Language, String> names = new LinkedHashMap<>();
        map.forEach((language, value) -> {
            if (value instanceof JsonString string && !string.getString().isBlank()) {
                names.put(Language.of(language), string.getString());
            }
        });
        return names.isEmpty() ? null : new LocalizedNames(names);
    }
}
