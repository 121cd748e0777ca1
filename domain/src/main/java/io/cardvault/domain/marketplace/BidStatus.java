package io.cardvault.domain.marketplace;

import java.util.Locale;
import java.util.Optional;

/** Where a bid stands: open until the seller accepts it, or it is rejected when the listing goes. */
public enum BidStatus {
    PENDING, ACCEPTED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BidStatus> find(String code) {
        for (BidStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
