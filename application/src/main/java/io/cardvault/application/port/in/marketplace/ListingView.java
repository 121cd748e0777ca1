package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Listing;
import java.util.Objects;

/** A listing with its seller's username, as the marketplace shows it. */
public record ListingView(Listing listing, Username seller) {

    public ListingView {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(seller, "seller");
    }
}
