package io.cardvault.adapter.out.sources.mtgjson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.PlayTraits;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Stamp;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Maps one MTGJSON printing row (one {@code uuid}) onto a {@link Card}.
 *
 * <ul>
 *   <li>A card is one MTGJSON printing: a card of a set with its collector number as printed
 *       ({@code "4"}, {@code "123a"}, {@code "★"}; bare, as Magic prints no total on most sets).
 *       A multi-face card (transform, split, adventure…) is one row per face in MTGJSON but one
 *       physical card: its first face ({@code side a}) stands for it, with the full name
 *       ("Delver of Secrets // Insectile Aberration"); later faces are not rows of their own.</li>
 *   <li>Names: the English name plus every {@code foreignNames} entry (German, Japanese…),
 *       so search finds the card by any of them. The dump's rows are English printings, so the
 *       card has one printing: English, unlimited (Magic has no print runs within a set).</li>
 *   <li>Variants: one per {@code finishes} entry: {@code nonfoil → normal}, {@code foil → holofoil}
 *       (TCGplayer's "Foil"), {@code etched → etched} (with TCGplayer's etched product id when it has
 *       one of its own), {@code signed → normal} stamped {@code signed}, {@code glossy → normal}
 *       labelled {@code glossy}. Each carries the printing's ids: Cardmarket product
 *       ({@code mcmId}), TCGplayer product, Scryfall id, MTGJSON uuid.</li>
 *   <li>Legalities per format ({@code legal}, {@code restricted}, {@code banned}) as of the dump; colour
 *       identity and supertypes for deck rules.</li>
 * </ul>
 */
final class MtgjsonCardMapper {

    /** MTGJSON's language names; a foreign name in a language not listed here is left out. */
    static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("English", Language.ENGLISH), Map.entry("German", Language.of("de")),
            Map.entry("French", Language.of("fr")), Map.entry("Italian", Language.of("it")),
            Map.entry("Spanish", Language.of("es")), Map.entry("Portuguese (Brazil)", Language.of("pt-br")),
            Map.entry("Japanese", Language.JAPANESE), Map.entry("Korean", Language.of("ko")),
            Map.entry("Russian", Language.of("ru")), Map.entry("Chinese Simplified", Language.of("zh-cn")),
            Map.entry("Chinese Traditional", Language.of("zh-tw")), Map.entry("Hebrew", Language.of("he")),
            Map.entry("Latin", Language.of("la")), Map.entry("Arabic", Language.of("ar")),
            Map.entry("Sanskrit", Language.of("sa")), Map.entry("Ancient Greek", Language.of("grc")));
    private static final Map<String, String> COLORS = Map.of("W", "White", "U", "Blue", "B", "Black", "R", "Red", "G", "Green");
    private static final String NOT_LEGAL = "not legal";

    /** The row as a card; empty for a later face of a multi-face card (its first face is the card). */
    Optional<SourceRow> map(JsonObject json, long lineNumber) {
        String uuid;
        try {
            uuid = JsonValues.text(json, "uuid");
        } catch (BadRowException e) {
            return Optional.of(new SourceRow.Unreadable("line " + lineNumber, e.getMessage()));
        }
        if (uuid == null) {
            return Optional.of(new SourceRow.Unreadable("line " + lineNumber, "missing uuid"));
        }
        try {
            String side = JsonValues.text(json, "side");
            if (side != null && !"a".equals(side)) {
                return Optional.empty();
            }
            return Optional.of(new SourceRow.Parsed(required(json, "setCode"), card(uuid, json)));
        } catch (BadRowException | InvalidCatalogueDataException | ArithmeticException | ClassCastException e) {
            return Optional.of(new SourceRow.Unreadable(uuid, e.getMessage()));
        }
    }

    private Card card(String uuid, JsonObject json) {
        JsonObject ids = JsonValues.object(json, "identifiers");
        Long tcgplayer = JsonValues.positiveIdOrText(ids, "tcgplayerProductId");
        Long tcgplayerEtched = JsonValues.positiveIdOrText(ids, "tcgplayerEtchedProductId");
        CrossReferences references = new CrossReferences(JsonValues.positiveIdOrText(ids, "mcmId"),
                tcgplayer != null ? tcgplayer : tcgplayerEtched, null, uuid(uuid, "uuid"),
                ids == null ? null : uuid(JsonValues.text(ids, "scryfallId"), "scryfallId"), null);
        List<Variant> variants = new ArrayList<>();
        for (String finish : JsonValues.texts(json, "finishes")) {
            variants.add(variant(finish, references, tcgplayerEtched));
        }
        if (variants.isEmpty()) {
            throw new BadRowException("no finishes: a printing nobody can own");
        }
        return Card.catalogue(uuid, CollectorNumber.bare(required(json, "number")), names(json), facts(json), references,
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, variants)), legalities(json), traits(json));
    }

    private static Variant variant(String finish, CrossReferences references, Long tcgplayerEtched) {
        return switch (finish) {
            case "nonfoil" -> Variant.plain(Finish.NORMAL).withCrossReferences(references);
            case "foil" -> Variant.plain(Finish.HOLOFOIL).withCrossReferences(references);
            case "etched" -> Variant.plain(Finish.ETCHED).withCrossReferences(tcgplayerEtched == null ? references
                    : new CrossReferences(references.cardmarketProductId(), tcgplayerEtched, null,
                    references.mtgjsonUuid(), references.scryfallId(), null));
            case "signed" -> Variant.of(Finish.NORMAL, null, List.of(Stamp.of("signed")), null, null, references);
            case "glossy" -> Variant.of(Finish.NORMAL, null, null, null, "glossy", references);
            default -> throw new BadRowException("unknown finish " + finish);
        };
    }

    private static LocalizedNames names(JsonObject json) {
        Map<Language, String> names = new LinkedHashMap<>();
        names.put(Language.ENGLISH, required(json, "name"));
        JsonValue foreign = json.get("foreignNames");
        if (foreign != null && foreign.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue entry : foreign.asJsonArray()) {
                if (!(entry instanceof JsonObject name)) {
                    throw new BadRowException("a foreign name is not an object: " + entry);
                }
                Language language = LANGUAGES.get(JsonValues.text(name, "language"));
                String text = JsonValues.text(name, "name");
                if (language != null && text != null) {
                    names.putIfAbsent(language, text);
                }
            }
        }
        return new LocalizedNames(names);
    }

    private static CardFacts facts(JsonObject json) {
        List<String> types = JsonValues.texts(json, "types");
        List<String> colors = JsonValues.texts(json, "colors").stream().map(color -> COLORS.getOrDefault(color, color)).toList();
        return new CardFacts(types.isEmpty() ? null : String.join(" ", types), JsonValues.text(json, "rarity"), null,
                colors, null, null, null, JsonValues.text(json, "artist"));
    }

    /** Colour identity and supertypes: what commander's colour rule and the basic-land exemption read. */
    private static PlayTraits traits(JsonObject json) {
        return new PlayTraits(null, new TreeSet<>(JsonValues.texts(json, "colorIdentity")),
                new TreeSet<>(JsonValues.texts(json, "supertypes")));
    }

    private static FormatLegalities legalities(JsonObject json) {
        JsonObject formats = JsonValues.object(json, "legalities");
        if (formats == null) {
            return FormatLegalities.none();
        }
        Map<String, Legality> byFormat = new TreeMap<>();
        for (String format : formats.keySet()) {
            String standing = JsonValues.text(formats, format);
            if (standing != null && !NOT_LEGAL.equals(standing.toLowerCase(Locale.ROOT))) {
                byFormat.put(format.toLowerCase(Locale.ROOT), Legality.fromCode(standing));
            }
        }
        return new FormatLegalities(byFormat);
    }

    private static UUID uuid(String text, String what) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadRowException(what + " is not a UUID: " + text);
        }
    }

    private static String required(JsonObject json, String key) {
        String value = JsonValues.text(json, key);
        if (value == null) {
            throw new BadRowException("missing " + key);
        }
        return value;
    }
}
