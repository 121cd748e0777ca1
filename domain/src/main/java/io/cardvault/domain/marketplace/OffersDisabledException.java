package io.cardvault.domain.marketplace;

/** The listing does not accept offers (accepts_offers is false). Code {@code offers_disabled}. */
public final class OffersDisabledException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public OffersDisabledException() {
        super("offers_disabled", "this listing does not accept offers");
    }
}
