package io.cardvault.domain.collection;

import java.io.Serializable;

/** The store's number for a price alert. */
public record PriceAlertId(long value) implements Serializable {

    public PriceAlertId {
        InvalidCollectionDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
