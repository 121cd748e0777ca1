package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.ListingStatus;
import java.time.Instant;
import java.util.Objects;

/** What a renewal link did, for the confirmation page. */
public sealed interface LinkRenewal {

    /** The listing now runs until {@code expiresAt}; it has been renewed {@code renewalCount} times. */
    record Renewed(long listingId, String cardName, Instant expiresAt, int renewalCount) implements LinkRenewal {

        public Renewed {
            Objects.requireNonNull(cardName, "cardName");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** The link was used before (or the listing renewed otherwise since the mail); the listing runs until {@code expiresAt}. */
    record AlreadyUsed(long listingId, String cardName, Instant expiresAt) implements LinkRenewal {

        public AlreadyUsed {
            Objects.requireNonNull(cardName, "cardName");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** The listing was sold or withdrawn since the mail: nothing to renew. */
    record NotRenewable(long listingId, String cardName, ListingStatus status) implements LinkRenewal {

        public NotRenewable {
            Objects.requireNonNull(cardName, "cardName");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Not a link of ours, changed, older than seven days, or its listing is gone. */
    record Invalid() implements LinkRenewal {
    }
}
