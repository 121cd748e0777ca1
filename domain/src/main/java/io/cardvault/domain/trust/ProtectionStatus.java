package io.cardvault.domain.trust;

import io.cardvault.domain.marketplace.Listing;
import java.time.Instant;

/**
 * Whether a code still vouches for a listing on sale: {@code active} while the listing is on sale
, {@code expired} once it is sold, withdrawn or past its expiry.
 */
public enum ProtectionStatus {
    ACTIVE("active"),
    EXPIRED("expired");

    private final String code;

    ProtectionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProtectionStatus of(Listing listing, Instant now) {
        return listing.isAvailableAt(now) ? ACTIVE : EXPIRED;
    }
}
