package io.cardvault.domain.catalogue;

import java.io.Serializable;

/** The platform's stable id of a set; survives re-imports of its source. */
public record CardSetId(long value) implements Serializable {

    public CardSetId {
        InvalidCatalogueDataException.require(value > 0, "set ids are positive: " + value);
    }
}
