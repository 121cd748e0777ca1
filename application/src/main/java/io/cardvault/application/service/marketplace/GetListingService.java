package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.inject.Inject;

/** One listing, in any status, with its seller's name. */
@UseCase
public class GetListingService implements GetListingUseCase {

    private final ListingStorePort listings;
    private final Traders traders;

    @Inject
    public GetListingService(ListingStorePort listings, AccountStorePort accounts) {
        this.listings = listings;
        this.traders = new Traders(accounts);
    }

    @Override
    public ListingView get(ListingId listing) {
        // a draft (from a stock import) is its seller's until published: to everyone else it does not exist
        return traders.listing(listings.findById(listing).filter(found -> found.status() != ListingStatus.DRAFT)
                .orElseThrow(ListingNotFoundException::new));
    }
}
