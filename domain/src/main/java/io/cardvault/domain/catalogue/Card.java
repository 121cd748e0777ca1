package io.cardvault.domain.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate: one card of a set, the same game piece in every language and print run, with its
 * printings and their variants. Rules: at least one printing; printings unique by language and
 * print run; a printing's language is one the card has a name in. Its format legalities (Magic's)
 * are empty for games whose source lists none.
 */
public final class Card {

    static final int MAX_EXTERNAL_ID = 64;

    private final String externalId;
    private final CollectorNumber number;
    private final LocalizedNames names;
    private final CardFacts facts;
    private final CrossReferences crossReferences;
    private final List<Printing> printings;
    private final FormatLegalities legalities;
    private final PlayTraits traits;

    private Card(String externalId, CollectorNumber number, LocalizedNames names, CardFacts facts,
                 CrossReferences crossReferences, List<Printing> printings, FormatLegalities legalities, PlayTraits traits) {
        this.externalId = InvalidCatalogueDataException.requireText(externalId, MAX_EXTERNAL_ID, "card id");
        InvalidCatalogueDataException.require(number != null, "card " + externalId + " needs a collector number");
        InvalidCatalogueDataException.require(names != null, "card " + externalId + " needs a name");
        InvalidCatalogueDataException.require(printings != null && !printings.isEmpty(),
                "card " + externalId + " needs at least one printing");
        Set<String> keys = new HashSet<>();
        for (Printing printing : printings) {
            InvalidCatalogueDataException.require(keys.add(printing.key()),
                    "card " + externalId + " lists printing " + printing.key() + " twice");
            InvalidCatalogueDataException.require(names.isKnownIn(printing.language()),
                    "card " + externalId + " is printed in " + printing.language() + " but has no name in it");
        }
        this.number = number;
        this.names = names;
        this.facts = facts == null ? CardFacts.unknown() : facts;
        this.crossReferences = crossReferences == null ? CrossReferences.none() : crossReferences;
        this.printings = List.copyOf(printings);
        this.legalities = legalities == null ? FormatLegalities.none() : legalities;
        this.traits = traits == null ? PlayTraits.none() : traits;
    }

    /** A card as a catalogue source describes it. */
    public static Card catalogue(String externalId, CollectorNumber number, LocalizedNames names, CardFacts facts,
                                 CrossReferences crossReferences, List<Printing> printings) {
        return new Card(externalId, number, names, facts, crossReferences, printings, FormatLegalities.none(), PlayTraits.none());
    }

    /** A card as a catalogue source describes it, with its standing in the game's formats. */
    public static Card catalogue(String externalId, CollectorNumber number, LocalizedNames names, CardFacts facts,
                                 CrossReferences crossReferences, List<Printing> printings, FormatLegalities legalities) {
        return new Card(externalId, number, names, facts, crossReferences, printings, legalities, PlayTraits.none());
    }

    /** A card as a catalogue source describes it, with its standing in the game's formats and what deck rules read. */
    public static Card catalogue(String externalId, CollectorNumber number, LocalizedNames names, CardFacts facts,
                                 CrossReferences crossReferences, List<Printing> printings, FormatLegalities legalities,
                                 PlayTraits traits) {
        return new Card(externalId, number, names, facts, crossReferences, printings, legalities, traits);
    }

    /** Rebuilds a stored card; the same rules hold. */
    public static Card reconstitute(String externalId, CollectorNumber number, LocalizedNames names, CardFacts facts,
                                    CrossReferences crossReferences, List<Printing> printings) {
        return new Card(externalId, number, names, facts, crossReferences, printings, FormatLegalities.none(), PlayTraits.none());
    }

    public String externalId() {
        return externalId;
    }

    public CollectorNumber number() {
        return number;
    }

    public LocalizedNames names() {
        return names;
    }

    public CardFacts facts() {
        return facts;
    }

    public CrossReferences crossReferences() {
        return crossReferences;
    }

    public List<Printing> printings() {
        return printings;
    }

    public FormatLegalities legalities() {
        return legalities;
    }

    public PlayTraits traits() {
        return traits;
    }

    public Optional<String> nameIn(Language language) {
        return names.in(language);
    }

    public boolean isPrintedIn(Language language) {
        return printings.stream().anyMatch(printing -> printing.isIn(language));
    }

    public List<Printing> printingsIn(Language language) {
        return printings.stream().filter(printing -> printing.isIn(language)).toList();
    }

    public Optional<Printing> printing(Language language, PrintRun printRun) {
        return printings.stream()
                .filter(printing -> printing.isIn(language) && printing.printRun() == printRun)
                .findFirst();
    }

    public int variantCount() {
        return printings.stream().mapToInt(printing -> printing.variants().size()).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Card card
                && externalId.equals(card.externalId) && number.equals(card.number) && names.equals(card.names)
                && facts.equals(card.facts) && crossReferences.equals(card.crossReferences)
                && printings.equals(card.printings) && legalities.equals(card.legalities) && traits.equals(card.traits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(externalId, number, names, facts, crossReferences, printings, legalities, traits);
    }

    @Override
    public String toString() {
        return "Card[" + externalId + " " + number + " " + names.byLanguage() + "]";
    }
}
