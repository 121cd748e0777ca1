package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.WithdrawListingUseCase;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Takes a seller's listing off the market and closes its pending bids, telling their bidders. */
@UseCase
public class WithdrawListingService implements WithdrawListingUseCase {

    private final ListingStorePort listings;
    private final BidStorePort bids;
    private final MarketNotices notices;
    private final Clock clock;

    @Inject
    public WithdrawListingService(ListingStorePort listings, BidStorePort bids, NotificationStorePort notifications,
                                  PublishMarketEventPort events, LoadCatalogueViewsPort catalogue) {
        this(listings, bids, notifications, events, catalogue, Clock.systemUTC());
    }

    public WithdrawListingService(ListingStorePort listings, BidStorePort bids, NotificationStorePort notifications,
                                  PublishMarketEventPort events, LoadCatalogueViewsPort catalogue, Clock clock) {
        this.listings = listings;
        this.bids = bids;
        this.notices = new MarketNotices(notifications, events, catalogue);
        this.clock = clock;
    }

    @Override
    public void withdraw(AccountId seller, ListingId listing) {
        Listing withdrawn = SellerListings.owned(listings, seller, listing).withdraw();
        try {
            listings.update(withdrawn);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        PendingBids.rejectAll(bids, notices, withdrawn, clock.instant());
    }
}
