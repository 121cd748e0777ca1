package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Listing;
import java.util.Objects;

/** A listing with its seller's username, as the marketplace shows it. */
public record ListingView(Listing listing, Username seller) {

    /**
     * How the demo run's made-up sellers are named ({@code demo-seller-1}): their listings are demo data,
     * and pages label them so.
     */
    public static final String DEMO_SELLER_PREFIX = "demo-seller-";

    public ListingView {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(seller, "seller");
    }

    /** Whether the listing is the demo run's made-up stock (its seller is one of the demo sellers). */
    public boolean isDemo() {
        return seller.value().startsWith(DEMO_SELLER_PREFIX);
    }
}
