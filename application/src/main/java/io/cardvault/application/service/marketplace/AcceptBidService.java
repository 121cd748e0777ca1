package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.AcceptBidUseCase;
import io.cardvault.application.port.in.marketplace.BidNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import io.cardvault.domain.marketplace.Transaction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The seller accepts a bid: one copy goes to the bidder at the bid's amount in a transaction awaiting
 * payment; when that was the last copy the listing is sold and the other pending bids are rejected.
 * The listing is written first, so a buy-now racing for the same copy loses cleanly on one side.
 */
@UseCase
public class AcceptBidService implements AcceptBidUseCase {

    private final ListingStorePort listings;
    private final BidStorePort bids;
    private final TransactionStorePort transactions;
    private final RatingStorePort ratings;
    private final FeeSchedule fees;
    private final Traders traders;
    private final MarketNotices notices;
    private final Clock clock;

    @Inject
    public AcceptBidService(ListingStorePort listings, BidStorePort bids, TransactionStorePort transactions,
                            RatingStorePort ratings, FeeSchedule fees, AccountStorePort accounts,
                            NotificationStorePort notifications, PublishMarketEventPort events,
                            LoadCatalogueViewsPort catalogue) {
        this(listings, bids, transactions, ratings, fees, accounts, notifications, events, catalogue, Clock.systemUTC());
    }

    public AcceptBidService(ListingStorePort listings, BidStorePort bids, TransactionStorePort transactions,
                            RatingStorePort ratings, FeeSchedule fees, AccountStorePort accounts,
                            NotificationStorePort notifications, PublishMarketEventPort events,
                            LoadCatalogueViewsPort catalogue, Clock clock) {
        this.listings = listings;
        this.bids = bids;
        this.transactions = transactions;
        this.ratings = ratings;
        this.fees = fees;
        this.traders = new Traders(accounts);
        this.notices = new MarketNotices(notifications, events, catalogue);
        this.clock = clock;
    }

    @Override
    public TransactionView accept(AccountId seller, BidId bidId) {
        Instant now = clock.instant();
        Bid bid = bids.findById(bidId).orElseThrow(BidNotFoundException::new);
        Listing listing = listings.findById(bid.listing()).filter(held -> held.isOwnedBy(seller))
                .orElseThrow(BidNotFoundException::new);
        Listing after = listing.acceptBid(bid, now);
        try {
            listings.update(after);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        bids.update(bid.accept());
        Transaction opened = transactions.add(Transaction.open(listing, bid.bidder(), bid.amount(), bid.id(), fees, now));
        notices.bidAccepted(opened, now);
        if (after.status() == ListingStatus.SOLD) {
            PendingBids.rejectAll(bids, notices, after, now);
        }
        return traders.transaction(seller, opened, ratings);
    }
}
