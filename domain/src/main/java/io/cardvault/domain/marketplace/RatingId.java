package io.cardvault.domain.marketplace;

import java.io.Serializable;

/** The store's number for a rating. */
public record RatingId(long value) implements Serializable {

    public RatingId {
        InvalidMarketplaceDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
