package io.cardvault.application.port.in.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * The nearest protected photo to an upload: its distance (bits of a 64-bit perceptual hash), the
 * threshold a match must not exceed, and when it matches, the listing and its code. With no
 * protected photo at all the distance is the hash's full width.
 */
public record PhotoCheck(boolean matched, int distance, int threshold, Optional<String> code, Optional<Long> listingId) {

    public PhotoCheck {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(listingId, "listingId");
        if (matched && (code.isEmpty() || listingId.isEmpty())) {
            throw new IllegalArgumentException("a match names its listing and code");
        }
        if (!matched && (code.isPresent() || listingId.isPresent())) {
            throw new IllegalArgumentException("no match names no listing");
        }
    }
}
