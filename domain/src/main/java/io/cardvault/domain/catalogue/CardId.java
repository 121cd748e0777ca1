package io.cardvault.domain.catalogue;

/** The platform's stable id of a card; survives re-imports of its source. */
public record CardId(long value) {

    public CardId {
        InvalidCatalogueDataException.require(value > 0, "card ids are positive: " + value);
    }
}
