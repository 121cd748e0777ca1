package io.cardvault.recognition.catalogue;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the Magic, Yu-Gi-Oh!, Flesh and Blood and Lorcana dumps of {@code ../shared/data/catalogue}
 * (read in place, never copied) into the printed facts the catalogue stores for them, as the
 * importers of adapters-sources map them: Magic's collector number over the set's base size, colours
 * as types and the type line as category; Yu-Gi-Oh!'s set number ({@code LOB-EN001}) as local id and
 * attribute as type; Flesh and Blood's identifier ({@code MST131}) and classes; Lorcana's
 * {@code name - title}, number over the set's total and inks. Tests and measurements only.
 */
public final class GameCatalogues {

    /** The catalogue folder: {@code CARDVAULT_CATALOGUE_DIR}, else {@code ../shared/data/catalogue} from the worktree root. */
    public static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));

    private GameCatalogues() {
    }

    /** Every printing of the MTGJSON extract (first faces only, as the importer keeps them). */
    public static List<CatalogueCard> mtg(Path data) {
        Map<String, Integer> baseSize = new HashMap<>();
        for (JsonValue value : readJson(data.resolve("mtgjson/sets.json")).asJsonObject().getJsonArray("data")) {
            JsonObject set = value.asJsonObject();
            baseSize.put(set.getString("code"), set.getInt("baseSetSize", 0));
        }
        List<CatalogueCard> cards = new ArrayList<>();
        forEachLine(data.resolve("mtgjson/cards.jsonl.gz"), row -> {
            String side = row.getString("side", null);
            if (side != null && !side.equals("a")) {
                return;
            }
            String set = row.getString("setCode");
            List<String> colours = strings(row, "colors").stream().map(c -> switch (c) {
                case "W" -> "White";
                case "U" -> "Blue";
                case "B" -> "Black";
                case "R" -> "Red";
                case "G" -> "Green";
                default -> c;
            }).toList();
            cards.add(new CatalogueCard(row.getString("uuid"), row.getString("number"), set.toLowerCase(Locale.ROOT), set,
                    baseSize.getOrDefault(set, 0), row.getString("name"), "en", 0, colours, row.getString("rarity", ""),
                    String.join(" ", strings(row, "types")), List.of(), List.of(), "", "mtg"));
        });
        return cards;
    }

    /** One card per set and number, in the set's main locale (English first, then Japanese). */
    public static List<CatalogueCard> yugioh(Path data) {
        Map<String, JsonObject> pieces = new HashMap<>();
        for (JsonValue value : readJson(data.resolve("ygojson/cards.json.gz")).asJsonObject().getJsonArray("cards")) {
            pieces.put(value.asJsonObject().getString("id"), value.asJsonObject());
        }
        List<CatalogueCard> cards = new ArrayList<>();
        for (JsonValue value : readJson(data.resolve("ygojson/sets.json.gz")).asJsonObject().getJsonArray("sets")) {
            JsonObject set = value.asJsonObject();
            JsonObject locales = set.getJsonObject("locales");
            if (locales == null || set.getJsonArray("contents") == null) {
                continue;
            }
            Optional<String> main = mainLocale(set);
            if (main.isEmpty()) {
                continue;
            }
            JsonObject locale = locales.getJsonObject(main.get());
            String prefix = locale.getString("prefix", "");
            String language = locale.getString("language", "en");
            Map<String, CatalogueCard> bySlot = new LinkedHashMap<>();
            for (JsonValue list : set.getJsonArray("contents")) {
                if (!strings(list.asJsonObject(), "locales").contains(main.get())) {
                    continue;
                }
                for (JsonValue entry : list.asJsonObject().getJsonArray("cards")) {
                    JsonObject slot = entry.asJsonObject();
                    JsonObject piece = pieces.get(slot.getString("card", ""));
                    String suffix = slot.getString("suffix", "");
                    if (piece == null || suffix.isEmpty()) {
                        continue;
                    }
                    JsonObject names = piece.getJsonObject("name");
                    String name = names.getString(language, names.getString("en", ""));
                    if (name.isEmpty()) {
                        continue;
                    }
                    String attribute = piece.getString("attribute", null);
                    // The importer's external id is <uuid>:<suffix> within its set; here the set makes it unique.
                    bySlot.putIfAbsent(piece.getString("id") + ":" + suffix, new CatalogueCard(
                            set.getString("id") + "/" + piece.getString("id") + ":" + suffix, prefix + suffix, set.getString("id"),
                            prefix.contains("-") ? prefix.substring(0, prefix.indexOf('-')) : prefix, 0, name, language, 0,
                            attribute == null ? List.of() : List.of(attribute), slot.getString("rarity", ""),
                            piece.getString("cardType", ""), List.of(), List.of(), "", "yugioh"));
                }
            }
            cards.addAll(bySlot.values());
        }
        return cards;
    }

    /** One card per set and identifier; its classes and talents are its types, its types its category. */
    public static List<CatalogueCard> fleshAndBlood(Path data) {
        List<CatalogueCard> cards = new ArrayList<>();
        for (JsonValue value : readJson(data.resolve("fab/cards.json.gz")).asJsonObject().getJsonArray("cards")) {
            JsonObject card = value.asJsonObject();
            List<String> traits = new ArrayList<>(strings(card, "classes"));
            traits.addAll(strings(card, "talents"));
            Map<String, JsonObject> byIdentifier = new LinkedHashMap<>();
            for (JsonValue printing : card.getJsonArray("printings")) {
                byIdentifier.putIfAbsent(printing.asJsonObject().getString("set") + "|"
                        + printing.asJsonObject().getString("identifier"), printing.asJsonObject());
            }
            for (JsonObject printing : byIdentifier.values()) {
                String identifier = printing.getString("identifier");
                String code = identifier.replaceAll("[0-9].*$", "");
                cards.add(new CatalogueCard(identifier + ":" + card.getString("cardIdentifier"), identifier,
                        printing.getString("set"), code, 0, card.getString("name"), "en", 0, traits,
                        printing.getString("rarity", ""), String.join(" ", strings(card, "types")), List.of(), List.of(), "",
                        "flesh-and-blood"));
            }
        }
        return cards;
    }

    /** One card per printing: {@code name - title}, number over the set's total, inks as types. */
    public static List<CatalogueCard> lorcana(Path data) {
        Map<String, String> categories = Map.of("glimmer", "Character", "action", "Action", "item", "Item",
                "location", "Location");
        List<CatalogueCard> cards = new ArrayList<>();
        for (JsonValue value : readJson(data.resolve("lorcana/printings.json.gz")).asJsonObject().getJsonArray("printings")) {
            JsonObject printing = value.asJsonObject();
            String set = printing.getString("set");
            String english = printing.containsKey("ravensburgerIds") && printing.get("ravensburgerIds") instanceof JsonObject ids
                    ? ids.getString("en", "") : "";
            int total = english.matches("\\d+/\\d+ .*") ? Integer.parseInt(english.substring(english.indexOf('/') + 1,
                    english.indexOf(' '))) : 0;
            String title = printing.getString("titleEn", null);
            String name = printing.getString("nameEn", "") + (title == null || title.isBlank() ? "" : " - " + title);
            String type = printing.getString("type", "");
            cards.add(new CatalogueCard(set + "-" + printing.get("number"), printing.get("number").toString(), set,
                    set.toUpperCase(Locale.ROOT), total, name, "en", 0,
                    strings(printing, "colors").stream().map(c -> c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1)).toList(),
                    printing.getString("rarity", ""), categories.getOrDefault(type, type), List.of(), List.of(), "", "lorcana"));
        }
        return cards;
    }

    private static Optional<String> mainLocale(JsonObject set) {
        JsonObject locales = set.getJsonObject("locales");
        for (String preferred : List.of("en", "na", "eu", "ae", "jp")) {
            if (locales.containsKey(preferred) && locales.getJsonObject(preferred).containsKey("prefix")) {
                return Optional.of(preferred);
            }
        }
        return Optional.empty();
    }

    private static List<String> strings(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    private static JsonValue readJson(Path file) {
        try (InputStream in = open(file); JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void forEachLine(Path file, java.util.function.Consumer<JsonObject> row) {
        try (InputStream in = open(file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        row.accept(reader.readObject());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
