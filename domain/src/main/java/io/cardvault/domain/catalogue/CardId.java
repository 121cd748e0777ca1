package io.cardvault.domain.catalogue;

import java.io.Serializable;

/** The platform's stable id of a card; survives re-imports of its source. */
public record CardId(long value) implements Serializable {

    public CardId {
        InvalidCatalogueDataException.require(value > 0, "card ids are positive: " + value);
    }
}
