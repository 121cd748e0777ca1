package io.cardvault.domain.marketplace;

/** The seller tried to accept a bid that was accepted or rejected already. Code {@code bid_not_pending}. */
public final class BidNotPendingException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    private final BidStatus current;

    public BidNotPendingException(BidStatus current) {
        super("bid_not_pending", "the bid is " + current.code());
        this.current = current;
    }

    public BidStatus current() {
        return current;
    }
}
