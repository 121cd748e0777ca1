package io.cardvault.application.port.out.renewal;

import io.cardvault.domain.marketplace.ListingId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a renewal link's token carries: the listing, its renewal count when the link was made (the
 * link renews only while the count is still that) and the link's expiry (seven days after the mail).
 */
public record RenewalClaim(ListingId listing, int renewalCount, Instant expiresAt) {

    public RenewalClaim {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (renewalCount < 0) {
            throw new IllegalArgumentException("a renewal count is not negative: " + renewalCount);
        }
    }
}
