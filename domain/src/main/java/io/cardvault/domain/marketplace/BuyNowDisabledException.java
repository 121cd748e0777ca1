package io.cardvault.domain.marketplace;

/** The seller switched buy-now off for this listing; offers may still be open. Code {@code buy_now_disabled}. */
public final class BuyNowDisabledException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public BuyNowDisabledException() {
        super("buy_now_disabled", "this listing cannot be bought instantly");
    }
}
