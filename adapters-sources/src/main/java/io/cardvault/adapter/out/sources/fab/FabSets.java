package io.cardvault.adapter.out.sources.fab;

import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The sets of the Flesh and Blood export. A printing names its set by name ("Welcome to Rathe");
 * {@code setIdentifierToSetMappings} gives each name its codes ({@code wtr}): the first code, upper
 * case, is the set's id and code. Its date is that of the release of the same name, else of the
 * release listing one of its codes; "Promos" and releases typed as promos are promo sets.
 */
final class FabSets {

    static final String CATALOGUE = "fab";

    private final Map<String, String> codeByName = new LinkedHashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private final Map<String, JsonObject> releaseByName = new HashMap<>();
    private final Map<String, JsonObject> releaseByCode = new HashMap<>();

    FabSets(JsonObject releases) {
        JsonObject mappings = JsonValues.object(releases, "setIdentifierToSetMappings");
        if (mappings != null) {
            mappings.forEach((code, name) -> {
                if (name instanceof JsonString text) {
                    codeByName.putIfAbsent(text.getString(), code.toUpperCase(Locale.ROOT));
                }
            });
        }
        JsonValue list = releases.get("releases");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : list.asJsonArray()) {
                if (value instanceof JsonObject release) {
                    String name = JsonValues.text(release, "release");
                    if (name != null) {
                        releaseByName.putIfAbsent(name, release);
                    }
                    JsonValues.texts(release, "setIdentifiers")
                            .forEach(code -> releaseByCode.putIfAbsent(code.toUpperCase(Locale.ROOT), release));
                }
            }
        }
    }

    /** The id of the set of that name: its first code, else its name itself. */
    String idOf(String setName) {
        String id = codeByName.getOrDefault(setName, setName);
        nameById.putIfAbsent(id, setName);
        return id;
    }

    /** The name of a set whose id {@link #idOf} gave. */
    String nameOf(String id) {
        return nameById.getOrDefault(id, id);
    }

    CardSet set(String setName) {
        String id = idOf(setName);
        Optional<JsonObject> release = Optional.ofNullable(releaseByName.get(setName))
                .or(() -> Optional.ofNullable(releaseByCode.get(id)));
        LocalDate date = release.map(found -> date(JsonValues.text(found, "releaseDate"))).orElse(null);
        boolean promo = setName.toLowerCase(Locale.ROOT).contains("promo")
                || release.map(found -> String.valueOf(JsonValues.text(found, "releaseType")).toLowerCase(Locale.ROOT)
                .contains("promo")).orElse(false);
        return new CardSet(new SetKey(CATALOGUE, id), id, LocalizedNames.of(Language.ENGLISH, setName),
                release.map(found -> JsonValues.text(found, "releaseType")).orElse(null), date, null, Language.ENGLISH,
                new TreeSet<>(List.of(Language.ENGLISH)), promo, CrossReferences.none());
    }

    /** "2019-10-11 12:00": the day is what a release date means here. */
    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
