package io.cardvault.domain.marketplace;

import java.io.Serializable;

/** The store's number for a listing. */
public record ListingId(long value) implements Serializable {

    public ListingId {
        InvalidMarketplaceDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
