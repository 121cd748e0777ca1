package io.cardvault.domain.marketplace;

import java.io.Serializable;

/** The store's number for a bid. */
public record BidId(long value) implements Serializable {

    public BidId {
        InvalidMarketplaceDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
