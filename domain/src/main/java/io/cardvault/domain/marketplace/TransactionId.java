package io.cardvault.domain.marketplace;

import java.io.Serializable;

/** The store's number for a transaction (an order between a buyer and a seller). */
public record TransactionId(long value) implements Serializable {

    public TransactionId {
        InvalidMarketplaceDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
