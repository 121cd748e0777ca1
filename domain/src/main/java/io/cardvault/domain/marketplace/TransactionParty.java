package io.cardvault.domain.marketplace;

import java.util.Locale;

/** The two sides of a transaction; who may make which move depends on it. */
public enum TransactionParty {
    BUYER, SELLER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
