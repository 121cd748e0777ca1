package io.cardvault.domain.marketplace;

/** The listing is sold, expired or withdrawn: nothing of it can be bought or bid on any more. Code {@code listing_unavailable}. */
public final class ListingUnavailableException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public ListingUnavailableException() {
        super("listing_unavailable", "the listing is no longer available");
    }
}
