package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListSellerListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;

/** A seller's own listings in every status: the dashboard's list. */
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
    public Slice<ListingView> list(AccountId seller, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMarketplaceDataException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidMarketplaceDataException("offset", "offset cannot be negative");
        }
        Slice<Listing> page = listings.findBySeller(seller, limit, offset);
        return new Slice<>(traders.listings(page.items()), page.total());
    }
}
