package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.PlaceBidCommand;
import io.cardvault.application.port.in.marketplace.PlaceBidUseCase;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.community.BlockedByUserException;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Takes a bid on a listing that accepts offers and tells the seller; a seller who blocked the bidder refuses it. */
@UseCase
public class PlaceBidService implements PlaceBidUseCase {

    private final ListingStorePort listings;
    private final BidStorePort bids;
    private final BlockListPort blocks;
    private final MarketNotices notices;
    private final Clock clock;

    @Inject
    public PlaceBidService(ListingStorePort listings, BidStorePort bids, BlockListPort blocks,
                           NotificationStorePort notifications, PublishMarketEventPort events, LoadCatalogueViewsPort catalogue) {
        this(listings, bids, blocks, notifications, events, catalogue, Clock.systemUTC());
    }

    public PlaceBidService(ListingStorePort listings, BidStorePort bids, BlockListPort blocks,
                           NotificationStorePort notifications, PublishMarketEventPort events, LoadCatalogueViewsPort catalogue,
                           Clock clock) {
        this.listings = listings;
        this.bids = bids;
        this.blocks = blocks;
        this.notices = new MarketNotices(notifications, events, catalogue);
        this.clock = clock;
    }

    @Override
    public BidView place(PlaceBidCommand command) {
        Instant now = clock.instant();
        Listing listing = listings.findById(command.listing()).orElseThrow(ListingNotFoundException::new);
        if (blocks.isBlocked(listing.seller(), command.bidder())) {
            throw new BlockedByUserException();
        }
        Bid placed = bids.add(listing.receiveBid(command.bidder(), command.amount(), command.message(), now));
        notices.bidReceived(listing, placed, now);
        List<Bid> all = bids.findByListing(listing.requireId());
        return BidLabels.of(listing, all, Optional.of(command.bidder()), Map.of()).view(placed);
    }
}
