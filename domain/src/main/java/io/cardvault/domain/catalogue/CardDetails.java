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

    /**
     * Whether a price source can quote the variant: it or its card has a marketplace id (Cardmarket,
     * TCGplayer or PriceCharting), the only ids prices are joined by. A variant without one (an
     * Asian print, a Magic card TCGplayer does not list) has no prices and never will from these
     * sources; pages and the API say so instead of showing an empty or zero price.
     */
    public boolean isPriceable(VariantDetails variant) {
        return hasMarketplaceId(variant.crossReferences()) || hasMarketplaceId(crossReferences);
    }

    private static boolean hasMarketplaceId(CrossReferences ids) {
        return ids != null && (ids.cardmarketProductId() != null || ids.tcgplayerProductId() != null
                || ids.pricechartingId() != null);
    }

    /** The variants of every printing, printing by printing. */
    public List<VariantDetails> variants() {
        return printings.stream().flatMap(printing -> printing.variants().stream()).toList();
    }
}
