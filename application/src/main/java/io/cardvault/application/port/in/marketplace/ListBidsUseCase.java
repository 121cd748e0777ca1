package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.List;
import java.util.Optional;

/**
 * Use case: the bids on a listing, newest first, as {@code viewer} may see them (the seller with
 * usernames, anyone else, signed in or not, anonymised; see {@link BidView}). Unknown listing:
 * {@link ListingNotFoundException}.
 */
public interface ListBidsUseCase {

    List<BidView> list(Optional<AccountId> viewer, ListingId listing);
}
