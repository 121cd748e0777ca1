package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.BuyNowCommand;
import io.cardvault.application.port.in.marketplace.BuyNowReceipt;
import io.cardvault.application.port.in.marketplace.BuyNowUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import io.cardvault.domain.marketplace.Transaction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Buys one copy at once. The listing is written before the transaction: when two buyers race for the
 * last copy, the store's optimistic lock lets one write and the other gets {@code listing_unavailable}
 * with nothing written.
 */
@UseCase
public class BuyNowService implements BuyNowUseCase {

    private final ListingStorePort listings;
    private final TransactionStorePort transactions;
    private final BidStorePort bids;
    private final FeeSchedule fees;
    private final MarketNotices notices;
    private final Clock clock;

    @Inject
    public BuyNowService(ListingStorePort listings, TransactionStorePort transactions, BidStorePort bids, FeeSchedule fees,
                         NotificationStorePort notifications, PublishMarketEventPort events, LoadCatalogueViewsPort catalogue) {
        this(listings, transactions, bids, fees, notifications, events, catalogue, Clock.systemUTC());
    }

    public BuyNowService(ListingStorePort listings, TransactionStorePort transactions, BidStorePort bids, FeeSchedule fees,
                         NotificationStorePort notifications, PublishMarketEventPort events, LoadCatalogueViewsPort catalogue,
                         Clock clock) {
        this.listings = listings;
        this.transactions = transactions;
        this.bids = bids;
        this.fees = fees;
        this.notices = new MarketNotices(notifications, events, catalogue);
        this.clock = clock;
    }

    @Override
    public BuyNowReceipt buyNow(BuyNowCommand command) {
        Instant now = clock.instant();
        Listing listing = listings.findById(command.listing()).orElseThrow(ListingNotFoundException::new);
        Listing after = listing.buyNow(command.buyer(), now);
        command.variant().filter(word -> !Optional.of(word).equals(listing.terms().variant())).ifPresent(word -> {
            throw new InvalidMarketplaceDataException("variant", "this listing sells "
                    + listing.terms().variant().map(own -> "the " + own + " variant").orElse("no named variant")
                    + ", not " + word);
        });
        try {
            listings.update(after);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        Transaction opened = transactions.add(Transaction.open(listing, command.buyer(), listing.terms().price(),
                Optional.empty(), fees, now));
        notices.sold(opened, now);
        if (after.status() == ListingStatus.SOLD) {
            PendingBids.rejectAll(bids, notices, after, now);
        }
        return new BuyNowReceipt(opened.requireId(), opened.amount(), opened.handlingFee(), opened.buyerTotal());
    }
}
