package io.cardvault.application.port.out.trust;

import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.PhotoFingerprint;
import java.util.Objects;

/** A protected listing's photo: the (watermarked) URL it is served from and its fingerprint. */
public record ProtectedPhoto(ListingId listing, String imageUrl, PhotoFingerprint fingerprint) {

    public ProtectedPhoto {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
