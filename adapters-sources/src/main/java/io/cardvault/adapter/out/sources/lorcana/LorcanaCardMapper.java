package io.cardvault.adapter.out.sources.lorcana;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps one Lorcana printing record ({@code printings.json}: one of a card's {@code variants} in the
 * YAML) onto a {@link Card}.
 *
 * <p>What a card is: the record itself, a card in one set under one number, as for Pokémon: the
 * same character reprinted as a promo or an Enchanted card is another card. Its id is its
 * Dreamborn id ({@code 001-001}; {@code <set>-<number>} for the few records without one) and its
 * collector number is the number Ravensburger prints: {@code 1/204}, or {@code 5/C2} for a promo.
 *
 * <p>Printings and variants: each language Ravensburger gives an id in ({@code 1/204 FR 1}) and
 * the card has a name in is a printing (Lorcana has no editions: all are unlimited). Every card of
 * a booster comes in a normal and a cold-foil version; Enchanted, Epic, Iconic and promo cards
 * only in foil. A record with no Ravensburger id at all (a prize card) is printed in English. Each
 * variant carries its language's Ravensburger id; the card carries its
 * Dreamborn id and its English Ravensburger id. Names are "name - title" ("Ariel - On Human Legs")
 * in each language the data has, so search finds "Arielle" as well as "Ariel".
 */
final class LorcanaCardMapper {

    /** Rarities printed only in foil. */
    private static final Set<String> FOIL_ONLY = Set.of("enchanted", "epic", "iconic", "special", "top1", "challenge24");
    private static final Map<String, String> CATEGORIES = Map.of("glimmer", "Character", "action", "Action", "item", "Item",
            "location", "Location");
    private static final Pattern NUMBER_OVER_TOTAL = Pattern.compile("(\\w+)/(\\w+)");

    SourceRow map(JsonObject json, int index) {
        String set = JsonValues.text(json, "set");
        String dreamborn = JsonValues.text(json, "dreamborn");
        Integer number = JsonValues.integer(json, "number");
        String id = dreamborn != null ? dreamborn.strip()
                : set != null && number != null ? set + "-" + number : "record " + index;
        if (set == null || number == null) {
            return new SourceRow.Unreadable(id, "missing set or number");
        }
        try {
            return new SourceRow.Parsed(set, card(id, dreamborn, number, json));
        } catch (BadRowException | InvalidCatalogueDataException | ArithmeticException e) {
            return new SourceRow.Unreadable(id, e.getMessage());
        }
    }

    private static Card card(String id, String dreamborn, int number, JsonObject json) {
        LocalizedNames names = names(json);
        JsonObject ravensburger = JsonValues.object(json, "ravensburgerIds");
        Map<Language, String> ravensburgerIds = new LinkedHashMap<>();
        if (ravensburger != null) {
            for (String language : ravensburger.keySet()) {
                Optional.ofNullable(JsonValues.text(ravensburger, language)).map(String::strip)
                        .ifPresent(ravensburgerId -> ravensburgerIds.put(Language.of(language), ravensburgerId));
            }
        }
        if (ravensburgerIds.isEmpty() && names.isKnownIn(Language.ENGLISH)) {
            // a prize card Ravensburger gives no id (the Worlds trophy Mickey): known to exist in English
            ravensburgerIds.put(Language.ENGLISH, null);
        }
        String rarity = JsonValues.text(json, "rarity");
        List<Finish> finishes = rarity != null && FOIL_ONLY.contains(rarity) ? List.of(Finish.HOLOFOIL)
                : List.of(Finish.NORMAL, Finish.HOLOFOIL);
        List<Printing> printings = new ArrayList<>();
        ravensburgerIds.forEach((language, ravensburgerId) -> {
            if (names.isKnownIn(language)) {
                printings.add(new Printing(language, PrintRun.UNLIMITED, finishes.stream()
                        .map(finish -> Variant.plain(finish).withCrossReferences(CrossReferences.lorcana(null, ravensburgerId)))
                        .toList()));
            }
        });
        if (printings.isEmpty()) {
            throw new BadRowException("no printing in a language it has a name in (Ravensburger ids "
                    + ravensburgerIds.keySet() + ", names " + names.byLanguage().keySet() + ")");
        }
        String english = ravensburgerIds.get(Language.ENGLISH);
        String printedNumber = Optional.ofNullable(english)
                .or(() -> ravensburgerIds.values().stream().filter(java.util.Objects::nonNull).findFirst()).orElse(null);
        String type = JsonValues.text(json, "type");
        CardFacts facts = new CardFacts(type == null ? null : CATEGORIES.getOrDefault(type, type), rarityName(rarity), null,
                JsonValues.texts(json, "colors").stream().map(LorcanaCardMapper::capitalised).toList(), null, null, null,
                JsonValues.text(json, "illustrator"));
        return Card.catalogue(id, number(printedNumber, number), names, facts,
                CrossReferences.lorcana(dreamborn == null ? null : dreamborn.strip(), english), printings);
    }

    /** "name - title" per language; a language without a name is left out. */
    private static LocalizedNames names(JsonObject json) {
        JsonObject byLanguage = JsonValues.object(json, "names");
        Map<Language, String> names = new LinkedHashMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((language, value) -> {
                if (value instanceof JsonObject entry) {
                    String name = JsonValues.text(entry, "name");
                    String title = JsonValues.text(entry, "title");
                    if (name != null) {
                        names.put(Language.of(language), title == null ? name.strip() : name.strip() + " - " + title.strip());
                    }
                } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                    throw new BadRowException("the name in " + language + " is not an object");
                }
            });
        }
        if (names.isEmpty()) {
            throw new BadRowException("missing name");
        }
        return new LocalizedNames(names);
    }

    /** From a Ravensburger id ("4a/204 EN 3"): 4a over 204, or "5/C2" as printed when the total is a promo code. */
    static CollectorNumber number(String ravensburgerId, int number) {
        if (ravensburgerId != null) {
            Matcher matcher = NUMBER_OVER_TOTAL.matcher(ravensburgerId.split(" ")[0]);
            if (matcher.matches()) {
                String total = matcher.group(2);
                return total.chars().allMatch(Character::isDigit) ? CollectorNumber.of(matcher.group(1), Integer.valueOf(total))
                        : CollectorNumber.bare(matcher.group(0));
            }
        }
        return CollectorNumber.bare(Integer.toString(number));
    }

    private static String rarityName(String rarity) {
        return rarity == null ? null
                : Arrays.stream(rarity.split("_")).map(LorcanaCardMapper::capitalised).collect(Collectors.joining(" "));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
