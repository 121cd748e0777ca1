package io.cardvault.application.port.in.trust;

import io.cardvault.domain.trust.ProtectionStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The answer to a code lookup: a code that vouches for a listing, or none. */
public sealed interface CodeVerification {

    /** The code as looked up (normalised to upper case when it could be a code). */
    String code();

    /** A code given to a protected listing, with what the spec lets the public know of that listing. */
    record Valid(String code, ProtectionStatus status, String cardName, String setName, String condition,
                 String sellerUsername, boolean watermarkEnabled, Instant createdAt, long listingId,
                 Optional<String> thumbnailUrl) implements CodeVerification {

        public Valid {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(cardName, "cardName");
            Objects.requireNonNull(setName, "setName");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(sellerUsername, "sellerUsername");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(thumbnailUrl, "thumbnailUrl");
        }
    }

    /** No listing holds this code (or the text cannot be one). */
    record Unknown(String code) implements CodeVerification {

        public Unknown {
            Objects.requireNonNull(code, "code");
        }
    }
}
