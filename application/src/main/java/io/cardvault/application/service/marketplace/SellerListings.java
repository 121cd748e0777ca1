package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;

/** A seller's own listing; another seller's is not found, as if it did not exist. */
final class SellerListings {

    private SellerListings() {
    }

    static Listing owned(ListingStorePort listings, AccountId seller, ListingId id) {
        return listings.findById(id).filter(listing -> listing.isOwnedBy(seller)).orElseThrow(ListingNotFoundException::new);
    }
}
