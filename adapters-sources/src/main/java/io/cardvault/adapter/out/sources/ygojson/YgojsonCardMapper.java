package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one YGOJSON set's contents onto the cards of that set.
 *
 * <p>What a card is: YGOJSON's card is the game piece (Blue-Eyes White Dragon, one password),
 * printed in hundreds of sets. Here, as with Pokémon reprints, a card is one game piece <em>in one
 * set under one number</em>: Blue-Eyes in Legend of Blue Eyes White Dragon is one card, in Starter
 * Deck: Kaiba another. Its regional releases are not separate cards: the set's locales
 * ({@code LOB-EN}, {@code LOB-DE}, {@code LOB-FR}…) are the card's printings, one per language and
 * print run. YGOJSON gives each slot of a set one entry id across its locales' lists, so LOB's
 * Spanish Blue-Eyes, numbered {@code LDD-S001}, is the same card as {@code LOB-EN001}. A piece
 * listed under two main numbers in one set ({@code A01}/{@code C01} of a deck set) is two cards;
 * two entries under the same number (the same slot in two rarities) are one card.
 *
 * <p>Ids and numbers: the card's id is the YGOJSON card uuid plus its main number suffix
 * ({@code <uuid>:001}; the bare uuid when the set prints no number). Its collector number is its
 * main locale's prefix plus that suffix, as printed: {@code LOB-EN001} (main locale: English first,
 * then Japanese, see {@link YgoLocales}); the other locales print theirs ({@code LOB-G001}) on the
 * printings of the same card.
 *
 * <p>Printings and variants: each content list gives its locales × editions; edition {@code 1st}
 * is the 1st Edition print run, {@code limited} the Limited Edition run, {@code unlimited} (or
 * none, as in OCG sets) the unlimited one; the locale's language is the printing's ({@code ae},
 * Asian-English, is English). The rarity is the variant: {@code common}, {@code rare} and
 * {@code shortprint} have normal art, every other rarity a foil one; the rarity itself is the foil
 * pattern ({@code normal|foil:rare}, {@code holofoil|foil:ultra}), so a card pulled as Ultra and
 * as Secret Rare from one set is two variants of one printing. A locale whose language the card
 * has no name in gives no printing (a card must be shown in its printing's language); a card left
 * with no printing at all is a bad row.
 *
 * <p>Names in every language of the card (en, fr, de, it, pt, es, ja, ko, zh-CN, zh-TW) go into
 * its names, which search reads. Ids: YGOPRODeck id, Konami id and password, card-level.
 */
final class YgojsonCardMapper {

    /** The rarities without foil art. */
    private static final Set<String> NON_FOIL = Set.of("common", "rare", "shortprint");
    private static final Map<String, String> RARITY_NAMES = Map.ofEntries(
            Map.entry("common", "Common"), Map.entry("rare", "Rare"), Map.entry("super", "Super Rare"),
            Map.entry("ultra", "Ultra Rare"), Map.entry("secret", "Secret Rare"), Map.entry("ultimate", "Ultimate Rare"),
            Map.entry("ghost", "Ghost Rare"), Map.entry("starlight", "Starlight Rare"),
            Map.entry("25thsecret", "Quarter Century Secret Rare"), Map.entry("prismaticsecret", "Prismatic Secret Rare"),
            Map.entry("platinumsecret", "Platinum Secret Rare"), Map.entry("collectors", "Collector's Rare"),
            Map.entry("shortprint", "Short Print"), Map.entry("starfoil", "Starfoil Rare"), Map.entry("gold", "Gold Rare"),
            Map.entry("goldsecret", "Gold Secret Rare"), Map.entry("premiumgold", "Premium Gold Rare"),
            Map.entry("mosaic", "Mosaic Rare"), Map.entry("shatterfoil", "Shatterfoil Rare"),
            Map.entry("commonparallel", "Common Parallel Rare"), Map.entry("ultraparallel", "Ultra Parallel Rare"));

    private final Map<String, YgoCard> cards;
    private final Map<String, String> unreadableCards;

    /**
     * @param cards           the readable cards of {@code cards.json} by uuid
     * @param unreadableCards why each unreadable card could not be read, by uuid
     */
    YgojsonCardMapper(Map<String, YgoCard> cards, Map<String, String> unreadableCards) {
        this.cards = cards;
        this.unreadableCards = unreadableCards;
    }

    /** The rows of one set: a card per piece and number, or a bad row naming it. */
    List<SourceRow> map(String setId, JsonObject set) {
        YgoLocales locales = new YgoLocales(set);
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<SourceRow> rows = new ArrayList<>();
        JsonValue contents = set.get("contents");
        if (contents == null || contents.getValueType() != JsonValue.ValueType.ARRAY) {
            return rows;
        }
        for (JsonValue value : contents.asJsonArray()) {
            if (!(value instanceof JsonObject content)) {
                rows.add(new SourceRow.Unreadable(setId, "a content list is not an object"));
                continue;
            }
            List<String> listed = JsonValues.texts(content, "locales");
            if (listed.isEmpty()) {
                continue; // a digital list (Master Duel, Duel Links): not a printed card
            }
            List<PrintRun> runs = JsonValues.texts(content, "editions").stream().map(YgojsonCardMapper::printRun).distinct().toList();
            JsonValue listings = content.get("cards");
            if (listings == null || listings.getValueType() != JsonValue.ValueType.ARRAY) {
                continue;
            }
            for (JsonValue item : listings.asJsonArray()) {
                if (!(item instanceof JsonObject listing) || JsonValues.text(listing, "card") == null) {
                    rows.add(new SourceRow.Unreadable(setId, "a content entry names no card: " + item));
                    continue;
                }
                String cardId = JsonValues.text(listing, "card");
                String slot = Optional.ofNullable(JsonValues.text(listing, "id")).orElse(cardId);
                entries.computeIfAbsent(slot + "|" + cardId, any -> new Entry(cardId))
                        .add(listed, runs.isEmpty() ? List.of(PrintRun.UNLIMITED) : runs, JsonValues.text(listing, "suffix"),
                                JsonValues.text(listing, "rarity"));
            }
        }
        Map<String, Gathered> byCard = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            Slot main = entry.main();
            String suffix = main.suffix() == null ? null : main.suffix().strip();
            String externalId = suffix == null ? entry.cardId : entry.cardId + ":" + suffix;
            byCard.computeIfAbsent(externalId, any -> new Gathered(entry.cardId, suffix, main.locale())).slots.addAll(entry.slots);
        }
        byCard.forEach((externalId, gathered) -> rows.add(row(setId, externalId, gathered, locales)));
        return rows;
    }

    private SourceRow row(String setId, String externalId, Gathered gathered, YgoLocales locales) {
        YgoCard piece = cards.get(gathered.cardId);
        if (piece == null) {
            String why = unreadableCards.getOrDefault(gathered.cardId, "not in cards.json");
            return new SourceRow.Unreadable(externalId, "set " + setId + " lists card " + gathered.cardId + ": " + why);
        }
        try {
            Map<String, List<Variant>> variants = new LinkedHashMap<>();
            Map<String, Printing> shapes = new LinkedHashMap<>();
            for (Slot slot : gathered.slots) {
                Language language = locales.language(slot.locale());
                if (!piece.names().isKnownIn(language)) {
                    continue;
                }
                Variant variant = variant(slot.rarity());
                String key = language.code() + "|" + slot.run().code();
                variants.computeIfAbsent(key, any -> new ArrayList<>()).add(variant);
                shapes.putIfAbsent(key, new Printing(language, slot.run(), List.of(variant)));
            }
            if (variants.isEmpty()) {
                throw new BadRowException("printed only in languages the card has no name in: "
                        + gathered.slots.stream().map(Slot::locale).distinct().toList());
            }
            List<Printing> printings = new ArrayList<>();
            variants.forEach((key, list) -> printings.add(new Printing(shapes.get(key).language(), shapes.get(key).printRun(), list)));
            String rarity = gathered.slots.stream().filter(slot -> slot.locale().equals(gathered.mainLocale)).map(Slot::rarity)
                    .filter(known -> known != null).findFirst().orElse(null);
            CardFacts facts = new CardFacts(piece.cardType(), rarity == null ? null : RARITY_NAMES.getOrDefault(rarity, rarity),
                    null, piece.attribute() == null ? List.of() : List.of(piece.attribute()), null, null, null, null);
            return new SourceRow.Parsed(setId, Card.catalogue(externalId,
                    number(locales, gathered.mainLocale, gathered.suffix), piece.names(), facts, piece.references(), printings));
        } catch (BadRowException | InvalidCatalogueDataException e) {
            return new SourceRow.Unreadable(externalId, "in set " + setId + ": " + e.getMessage());
        }
    }

    /** As printed: the main locale's prefix and the suffix ({@code LOB-EN} + {@code 001}). */
    static CollectorNumber number(YgoLocales locales, String mainLocale, String suffix) {
        String prefix = locales.prefix(mainLocale).orElse("");
        String printed = prefix + (suffix == null ? "" : suffix);
        return CollectorNumber.bare(printed.isEmpty() ? "unnumbered" : printed);
    }

    static Variant variant(String rarity) {
        if (rarity == null || rarity.equals("common")) {
            return Variant.plain(Finish.NORMAL);
        }
        Finish finish = NON_FOIL.contains(rarity) ? Finish.NORMAL : Finish.HOLOFOIL;
        return Variant.of(finish, rarity, null, null, null, null);
    }

    private static PrintRun printRun(String edition) {
        return switch (edition) {
            case "1st" -> PrintRun.FIRST_EDITION;
            case "limited" -> PrintRun.LIMITED;
            case "unlimited" -> PrintRun.UNLIMITED;
            default -> throw new BadRowException("unknown edition " + edition);
        };
    }

    /** One listing of the card: in which locale, run, under which number suffix and in which rarity. */
    private record Slot(String locale, PrintRun run, String suffix, String rarity) {
    }

    /** One entry of the set (one slot, the same id in every locale's list) and its listings. */
    private static final class Entry {

        private final String cardId;
        private final Set<Slot> slots = new LinkedHashSet<>();

        Entry(String cardId) {
            this.cardId = cardId;
        }

        void add(List<String> locales, List<PrintRun> runs, String suffix, String rarity) {
            for (String locale : locales) {
                for (PrintRun run : runs) {
                    slots.add(new Slot(locale, run, suffix, rarity));
                }
            }
        }

        /** The listing in the main locale: it gives the card its number. */
        Slot main() {
            String locale = YgoLocales.main(slots.stream().map(Slot::locale).distinct().toList());
            return slots.stream().filter(slot -> slot.locale().equals(locale)).findFirst().orElseThrow();
        }
    }

    /** The entries of one piece under one main number in a set: one card. */
    private static final class Gathered {

        private final String cardId;
        private final String suffix;
        private final String mainLocale;
        private final Set<Slot> slots = new LinkedHashSet<>();

        Gathered(String cardId, String suffix, String mainLocale) {
            this.cardId = cardId;
            this.suffix = suffix;
            this.mainLocale = mainLocale;
        }
    }
}
