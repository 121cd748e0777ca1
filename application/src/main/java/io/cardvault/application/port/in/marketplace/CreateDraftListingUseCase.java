package io.cardvault.application.port.in.marketplace;

/**
 * Use case: keep a listing as a draft (the scan review's "create listings"): the same seller and card
 * checks as {@link CreateListingUseCase}, but not on sale and not announced until the seller
 * publishes it ({@link PublishListingUseCase}).
 */
public interface CreateDraftListingUseCase {

    ListingView draft(CreateListingCommand command);
}
