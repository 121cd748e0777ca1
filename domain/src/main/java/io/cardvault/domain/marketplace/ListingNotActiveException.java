package io.cardvault.domain.marketplace;

/**
 * An act on a listing that only an active (or, for renewal and withdrawal, an expired) listing
 * allows: amending a sold listing, renewing a withdrawn one. Carries the status it is in.
 * Code {@code listing_not_active}.
 */
public final class ListingNotActiveException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    private final ListingStatus current;

    public ListingNotActiveException(ListingStatus current) {
        super("listing_not_active", "the listing is " + current.code());
        this.current = current;
    }

    public ListingStatus current() {
        return current;
    }
}
