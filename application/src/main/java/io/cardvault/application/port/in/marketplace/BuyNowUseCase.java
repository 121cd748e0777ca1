package io.cardvault.application.port.in.marketplace;

/**
 * Use case: an instant purchase of one copy of a listing. Opens a transaction awaiting payment,
 * takes the copy (the last one marks the listing sold, rejecting its pending bids) and tells the
 * seller. Refusals: {@link ListingNotFoundException};
 * {@link io.cardvault.domain.marketplace.ListingUnavailableException} (sold, expired, withdrawn, or
 * lost to a concurrent buyer), {@link io.cardvault.domain.marketplace.SelfBuyException},
 * {@link io.cardvault.domain.marketplace.BuyNowDisabledException}; a variant other than the
 * listing's is {@link io.cardvault.domain.marketplace.InvalidMarketplaceDataException} on
 * {@code variant}.
 */
public interface BuyNowUseCase {

    BuyNowReceipt buyNow(BuyNowCommand command);
}
