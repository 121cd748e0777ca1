package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;

/**
 * Use case: a seller takes a listing of theirs off the market ({@code DELETE /seller/listings/{id}});
 * its pending bids are rejected and their bidders told. Another seller's listing is
 * {@link ListingNotFoundException}; a sold or withdrawn one
 * {@link io.cardvault.domain.marketplace.ListingNotActiveException}.
 */
public interface WithdrawListingUseCase {

    void withdraw(AccountId seller, ListingId listing);
}
