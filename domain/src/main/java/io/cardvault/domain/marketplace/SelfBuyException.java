package io.cardvault.domain.marketplace;

/** A seller tried to buy their own listing. Code {@code self_buy}. */
public final class SelfBuyException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public SelfBuyException() {
        super("self_buy", "you cannot buy your own listing");
    }
}
