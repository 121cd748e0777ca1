package io.cardvault.application.port.in.marketplace;

/**
 * Use case: bid on a listing that accepts offers; the seller is told. Refusals:
 * {@link ListingNotFoundException}, {@link io.cardvault.domain.marketplace.ListingUnavailableException},
 * {@link io.cardvault.domain.marketplace.SelfBidException},
 * {@link io.cardvault.domain.marketplace.OffersDisabledException}. The answer is as the bidder sees it.
 */
public interface PlaceBidUseCase {

    BidView place(PlaceBidCommand command);
}
