package io.cardvault.adapter.out.sources.catalogue;

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
 * Lenient readers for catalogue dump values (tcgdex, MTGJSON, Flesh and Blood): keys are often
 * missing or null, so absence reads as null; a value of the wrong kind is a bad row
 * ({@link BadRowException}), never a silent guess.
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static String text(JsonObject object, String key) {
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

    public static Integer integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return integer(value, key);
    }

    public static Integer integer(JsonValue value, String what) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValueExact();
        }
        throw new BadRowException(what + " is not an integer: " + value);
    }

    public static Long positiveId(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValueExact() > 0) {
            return number.longValueExact();
        }
        throw new BadRowException(key + " is not a positive id: " + value);
    }

    /**
     * A positive id written as a number or as decimal text (MTGJSON and the Flesh and Blood export
     * write {@code "15032"}); null when absent.
     */
    public static Long positiveIdOrText(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        if (value instanceof JsonString string) {
            String digits = string.getString().strip();
            if (digits.isEmpty()) {
                return null;
            }
            try {
                long id = Long.parseLong(digits);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below with the value
            }
            throw new BadRowException(key + " is not a positive id: " + value);
        }
        return positiveId(object, key);
    }

    public static JsonObject object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonObject child ? child : null;
    }

    public static List<String> texts(JsonObject object, String key) {
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
    public static LocalizedNames names(JsonObject object, String key) {
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
