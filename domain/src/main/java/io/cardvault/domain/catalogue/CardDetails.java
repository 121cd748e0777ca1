package io.cardvault.domain.catalogue;

import java.util.List;

/**
 * Read model: one card with its set, cross references and every printing and variant. The card's
 * cross references are its own ids completed with the first id any of its variants carries, so a
 * source that only ids variants still joins to the card.
 */
public record CardDetails(CardOverview card, SetOverview set, CrossReferences crossReferences,
                          List<PrintingDetails> printings) {

    public CardDetails {
        printings = List.copyOf(printings);
    }

    public long id() {
        return card.id();
    }

    /** The variants of every printing, printing by printing. */
    public List<VariantDetails> variants() {
        return printings.stream().flatMap(printing -> printing.variants().stream()).toList();
    }
}
