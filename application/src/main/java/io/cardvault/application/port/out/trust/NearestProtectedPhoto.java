package io.cardvault.application.port.out.trust;

import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.PerceptualHash;
import java.util.Objects;

/** The protected photo nearest a photo found elsewhere: its listing, and how many bits apart the two lie. */
public record NearestProtectedPhoto(ListingId listing, int distance) {

    public NearestProtectedPhoto {
        Objects.requireNonNull(listing, "listing");
        if (distance < 0 || distance > PerceptualHash.BITS) {
            throw new IllegalArgumentException("a distance is 0–" + PerceptualHash.BITS + " bits: " + distance);
        }
    }
}
