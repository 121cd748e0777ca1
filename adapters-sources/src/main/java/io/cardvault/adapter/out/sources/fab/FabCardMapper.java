package io.cardvault.adapter.out.sources.fab;

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
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps one Flesh and Blood card (all its printings, across sets) onto cards of sets.
 *
 * <ul>
 *   <li>A card here is one card of one set under one collector number: the export's card
 *       ({@code cardIdentifier}, e.g. {@code enlightened-strike}) printed in a set as an
 *       {@code identifier} ({@code WTR159}, the collector number). Its id is
 *       {@code <identifier>:<cardIdentifier>}, since a double-sided card shares its identifier
 *       between its two faces, and a card reprinted in a set under two numbers (promos) is two
 *       cards.</li>
 *   <li>Printings: English (the export lists no other language) in the print run of the
 *       {@code edition}: {@code First} and {@code Alpha} (Welcome to Rathe's first print run, which
 *       TCGplayer sells as "1st Edition") → {@code 1st_edition}; {@code Unlimited}, none → unlimited.</li>
 *   <li>Variants: the {@code foiling}: none → {@code normal}; {@code Rainbow}, {@code Cold},
 *       {@code Gold} → {@code holofoil} with that foil pattern; the {@code treatments}
 *       (Extended Art, Full Art…) are the variant's label. Each carries its TCGplayer product id.</li>
 *   <li>Legalities from {@code legalFormats}, {@code restrictedFormats}, {@code bannedFormats}
 *       (format names as slugs: {@code classic-constructed}).</li>
 * </ul>
 */
final class FabCardMapper {

    private final FabSets sets;

    FabCardMapper(FabSets sets) {
        this.sets = sets;
    }

    /** The card's rows, one per (set, identifier); one unreadable row naming the card when it breaks a rule. */
    List<SourceRow> map(JsonObject json, int index) {
        String cardId;
        try {
            cardId = JsonValues.text(json, "cardIdentifier");
        } catch (BadRowException e) {
            return List.of(new SourceRow.Unreadable("card #" + index, e.getMessage()));
        }
        if (cardId == null) {
            return List.of(new SourceRow.Unreadable("card #" + index, "missing cardIdentifier"));
        }
        try {
            return cards(cardId, json);
        } catch (BadRowException | InvalidCatalogueDataException | ArithmeticException | ClassCastException e) {
            return List.of(new SourceRow.Unreadable(cardId, e.getMessage()));
        }
    }

    private List<SourceRow> cards(String cardId, JsonObject json) {
        String name = JsonValues.text(json, "name");
        if (name == null) {
            throw new BadRowException("missing name");
        }
        JsonValue printings = json.get("printings");
        if (printings == null || printings.getValueType() != JsonValue.ValueType.ARRAY || printings.asJsonArray().isEmpty()) {
            throw new BadRowException("no printings");
        }
        Map<String, List<JsonObject>> bySetAndNumber = new LinkedHashMap<>();
        for (JsonValue value : printings.asJsonArray()) {
            if (!(value instanceof JsonObject printing)) {
                throw new BadRowException("a printing is not an object: " + value);
            }
            String set = required(printing, "set");
            String identifier = required(printing, "identifier");
            bySetAndNumber.computeIfAbsent(sets.idOf(set) + "\u0000" + identifier, any -> new ArrayList<>()).add(printing);
        }
        FormatLegalities legalities = legalities(json);
        List<SourceRow> rows = new ArrayList<>();
        for (List<JsonObject> group : bySetAndNumber.values()) {
            JsonObject first = group.get(0);
            String identifier = required(first, "identifier");
            rows.add(new SourceRow.Parsed(sets.idOf(required(first, "set")),
                    card(identifier + ":" + cardId, identifier, name, json, group, legalities)));
        }
        return rows;
    }

    private static Card card(String externalId, String identifier, String name, JsonObject json, List<JsonObject> group,
                             FormatLegalities legalities) {
        Map<PrintRun, List<Variant>> byRun = new LinkedHashMap<>();
        Long cardTcgplayer = null;
        for (JsonObject printing : group) {
            Long tcgplayer = JsonValues.positiveIdOrText(JsonValues.object(printing, "tcgplayer"), "productId");
            cardTcgplayer = cardTcgplayer == null ? tcgplayer : cardTcgplayer;
            byRun.computeIfAbsent(printRun(JsonValues.text(printing, "edition")), any -> new ArrayList<>())
                    .add(variant(printing, tcgplayer));
        }
        List<Printing> printings = new ArrayList<>();
        byRun.forEach((run, variants) -> printings.add(new Printing(Language.ENGLISH, run, variants)));
        JsonObject first = group.get(0);
        List<String> traits = new ArrayList<>(JsonValues.texts(json, "classes"));
        traits.addAll(JsonValues.texts(json, "talents"));
        List<String> types = JsonValues.texts(json, "types");
        List<String> artists = JsonValues.texts(first, "artists");
        CardFacts facts = new CardFacts(types.isEmpty() ? null : String.join(" ", types), JsonValues.text(first, "rarity"), null,
                traits, null, null, null, artists.isEmpty() ? null : String.join(", ", artists));
        return Card.catalogue(externalId, CollectorNumber.bare(identifier), LocalizedNames.of(Language.ENGLISH, name), facts,
                CrossReferences.marketplaces(null, cardTcgplayer), printings, legalities);
    }

    private static PrintRun printRun(String edition) {
        if (edition == null) {
            return PrintRun.UNLIMITED;
        }
        return switch (edition) {
            case "First", "Alpha" -> PrintRun.FIRST_EDITION;
            case "Unlimited", "Promo" -> PrintRun.UNLIMITED;
            default -> throw new BadRowException("unknown edition " + edition);
        };
    }

    private static Variant variant(JsonObject printing, Long tcgplayer) {
        String foiling = JsonValues.text(printing, "foiling");
        Finish finish = foiling == null ? Finish.NORMAL : Finish.HOLOFOIL;
        List<String> treatments = JsonValues.texts(printing, "treatments");
        if (treatments.isEmpty() && JsonValues.text(printing, "treatment") != null) {
            treatments = List.of(JsonValues.text(printing, "treatment"));
        }
        String label = treatments.isEmpty() ? null
                : String.join("+", treatments.stream().map(FabCardMapper::slug).toList());
        return Variant.of(finish, foiling == null ? null : slug(foiling), null, null, label,
                CrossReferences.marketplaces(null, tcgplayer));
    }

    private static FormatLegalities legalities(JsonObject json) {
        Map<String, Legality> byFormat = new TreeMap<>();
        JsonValues.texts(json, "legalFormats").forEach(format -> byFormat.put(slug(format), Legality.LEGAL));
        JsonValues.texts(json, "restrictedFormats").forEach(format -> byFormat.put(slug(format), Legality.RESTRICTED));
        JsonValues.texts(json, "bannedFormats").forEach(format -> byFormat.put(slug(format), Legality.BANNED));
        return new FormatLegalities(byFormat);
    }

    static String slug(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String required(JsonObject json, String key) {
        String value = JsonValues.text(json, key);
        if (value == null) {
            throw new BadRowException("missing " + key);
        }
        return value;
    }
}
