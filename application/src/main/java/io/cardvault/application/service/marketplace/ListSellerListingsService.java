package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListSellerListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.SellerListingsQuery;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;

/** A seller's own listings in every status (or one): the dashboard's list. */
@UseCase
public class ListSellerListingsService implements ListSellerListingsUseCase {

    private final ListingStorePort listings;
    private final Traders traders;

    @Inject
    public ListSellerListingsService(ListingStorePort listings, AccountStorePort accounts) {
        this.listings = listings;
        this.traders = new Traders(accounts);
    }

    @Override
    public Slice<ListingView> list(SellerListingsQuery query) {
        Slice<Listing> page = listings.findBySeller(query.seller(), query.status(), query.limit(), query.offset());
        return new Slice<>(traders.listings(page.items()), page.total());
    }
}
