package io.cardvault.domain.marketplace;

import java.util.Locale;
import java.util.Optional;

/** How a sale came about: an instant buy-now (the buyer pays a handling fee on top) or an accepted bid. */
public enum TransactionOrigin {
    BUY_NOW, BID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TransactionOrigin> find(String code) {
        for (TransactionOrigin origin : values()) {
            if (origin.code().equals(code)) {
                return Optional.of(origin);
            }
        }
        return Optional.empty();
    }
}
