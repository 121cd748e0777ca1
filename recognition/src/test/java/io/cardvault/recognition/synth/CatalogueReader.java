package io.cardvault.recognition.synth;

import io.cardvault.recognition.catalogue.CatalogueCard;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads one tcgdex catalogue folder ({@code cards.jsonl.gz} + {@code sets.json}). Rows miss keys
 * now and then (no HP, no dex number, no official count): those become neutral values.
 */
public final class CatalogueReader {

    /** Languages tried in order for a card's printed name. */
    private static final List<String> LANGUAGE_PREFERENCE =
            List.of("en", "ja", "zh-tw", "zh-cn", "ko", "th", "id", "fr", "de");

    private CatalogueReader() {
    }

    /** Reads every card of the catalogue folder, in file order. */
    public static List<CatalogueCard> read(Path catalogueDir) {
        Map<String, SetInfo> sets = readSets(catalogueDir.resolve("sets.json"));
        List<CatalogueCard> cards = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(catalogueDir.resolve("cards.jsonl.gz")));
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        cards.add(toCard(reader.readObject(), sets));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + catalogueDir, e);
        }
        return cards;
    }

    private record SetInfo(String code, int official) {
    }

    private static Map<String, SetInfo> readSets(Path setsJson) {
        Map<String, SetInfo> sets = new HashMap<>();
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(setsJson, StandardCharsets.UTF_8))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject set = value.asJsonObject();
                String id = set.getString("id");
                String code = id.toUpperCase();
                JsonObject abbreviations = optObject(set, "abbreviations");
                if (abbreviations != null && abbreviations.get("official") instanceof JsonString s) {
                    code = s.getString();
                }
                int official = 0;
                JsonObject count = optObject(set, "cardCount");
                if (count != null && count.get("official") != null
                        && count.get("official").getValueType() == JsonValue.ValueType.NUMBER) {
                    official = count.getInt("official");
                }
                sets.put(id, new SetInfo(code, official));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + setsJson, e);
        }
        return sets;
    }

    private static CatalogueCard toCard(JsonObject row, Map<String, SetInfo> sets) {
        String setId = row.getString("setId", "");
        SetInfo set = sets.getOrDefault(setId, new SetInfo(setId.toUpperCase(), 0));
        JsonObject names = optObject(row, "name");
        String language = pickLanguage(names);
        String name = names == null || language.isEmpty() ? "" : names.getString(language, "");
        int hp = row.get("hp") != null && row.get("hp").getValueType() == JsonValue.ValueType.NUMBER
                ? row.getInt("hp") : 0;
        List<String> types = new ArrayList<>();
        JsonArray typeArray = optArray(row, "types");
        if (typeArray != null) {
            typeArray.getValuesAs(JsonString.class).forEach(t -> types.add(t.getString()));
        }
        List<Integer> dex = new ArrayList<>();
        JsonArray dexArray = optArray(row, "dexId");
        if (dexArray != null) {
            for (JsonValue v : dexArray) {
                if (v.getValueType() == JsonValue.ValueType.NUMBER) {
                    dex.add(((jakarta.json.JsonNumber) v).intValue());
                }
            }
        }
        List<CatalogueCard.Attack> attacks = new ArrayList<>();
        addLines(attacks, optArray(row, "abilities"), language);
        addLines(attacks, optArray(row, "attacks"), language);
        String text = localized(optObject(row, "effect"), language);
        return new CatalogueCard(row.getString("id"), row.getString("localId", ""), setId, set.code(),
                set.official(), name, language, hp, types, row.getString("rarity", ""),
                row.getString("category", "Pokemon"), dex, attacks, text);
    }

    private static void addLines(List<CatalogueCard.Attack> out, JsonArray array, String language) {
        if (array == null) {
            return;
        }
        for (JsonValue v : array) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject attack = v.asJsonObject();
            String damage = attack.get("damage") == null ? ""
                    : attack.get("damage").getValueType() == JsonValue.ValueType.STRING
                    ? attack.getString("damage") : attack.get("damage").toString();
            out.add(new CatalogueCard.Attack(localized(optObject(attack, "name"), language), damage,
                    localized(optObject(attack, "effect"), language)));
        }
    }

    private static String pickLanguage(JsonObject names) {
        if (names == null) {
            return "";
        }
        for (String language : LANGUAGE_PREFERENCE) {
            if (names.get(language) instanceof JsonString) {
                return language;
            }
        }
        return names.keySet().stream().findFirst().orElse("");
    }

    private static String localized(JsonObject texts, String language) {
        if (texts == null) {
            return "";
        }
        if (texts.get(language) instanceof JsonString s) {
            return s.getString();
        }
        return texts.values().stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                .findFirst().orElse("");
    }

    private static JsonObject optObject(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    }

    private static JsonArray optArray(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.ARRAY ? v.asJsonArray() : null;
    }
}
