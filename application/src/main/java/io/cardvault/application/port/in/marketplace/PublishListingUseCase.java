package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;

/**
 * Use case: a seller puts a draft of theirs (from a Cardmarket stock import) on sale
 * ({@code POST /seller/listings/{id}/publish}); it runs 60 days from then and is announced as any
 * new listing. Another seller's listing is {@link ListingNotFoundException}; a listing that is not
 * a draft is {@link io.cardvault.domain.marketplace.ListingNotActiveException} with its status.
 */
public interface PublishListingUseCase {

    ListingView publish(AccountId seller, ListingId listing);
}
