package io.cardvault.domain.collection;

import java.io.Serializable;

/** The store's number for an owned card's entry. */
public record CollectionEntryId(long value) implements Serializable {

    public CollectionEntryId {
        InvalidCollectionDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
