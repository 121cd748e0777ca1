package io.cardvault.domain.marketplace;

/** A seller tried to bid on their own listing. Code {@code self_bid}. */
public final class SelfBidException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public SelfBidException() {
        super("self_bid", "you cannot bid on your own listing");
    }
}
