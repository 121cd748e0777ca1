package io.cardvault.application.port.in.marketplace;

/**
 * Use case: put a card up for sale. The seller must have set up a seller account
 * ({@link io.cardvault.domain.marketplace.SellerSetupRequiredException} otherwise) and the card must
 * exist ({@link io.cardvault.domain.marketplace.InvalidMarketplaceDataException} on {@code card_id}).
 * The listing runs 60 days.
 */
public interface CreateListingUseCase {

    ListingView create(CreateListingCommand command);
}
