package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingQuery;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.marketplace.ListingFilter;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;
import java.time.Clock;

/** The marketplace's browse: listings on sale now, filtered, newest first, with their sellers' names. */
@UseCase
public class ListListingsService implements ListListingsUseCase {

    private final ListingStorePort listings;
    private final Traders traders;
    private final Clock clock;

    @Inject
    public ListListingsService(ListingStorePort listings, AccountStorePort accounts) {
        this(listings, accounts, Clock.systemUTC());
    }

    public ListListingsService(ListingStorePort listings, AccountStorePort accounts, Clock clock) {
        this.listings = listings;
        this.traders = new Traders(accounts);
        this.clock = clock;
    }

    @Override
    public Slice<ListingView> list(ListingQuery query) {
        Slice<Listing> page = listings.findAvailable(new ListingFilter(query.tcgSlug(), query.minPrice(), query.maxPrice(),
                query.condition(), query.card()), clock.instant(), query.limit(), query.offset());
        return new Slice<>(traders.listings(page.items()), page.total());
    }
}
