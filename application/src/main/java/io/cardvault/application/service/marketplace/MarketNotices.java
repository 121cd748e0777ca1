package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionStatus;
import io.cardvault.domain.shared.Money;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the marketplace tells a trader: a feed notification, written in the caller's transaction, and
 * its {@code user:<id>} frame, which the event port sends once that transaction commits. Titles name
 * the card; links go to the listing's or the transaction's page.
 */
final class MarketNotices {

    /** A card name longer than this is cut so the title stays within a notification's limit. */
    private static final int MAX_NAME = 120;

    private final NotificationStorePort notifications;
    private final PublishMarketEventPort events;
    private final LoadCatalogueViewsPort catalogue;

    MarketNotices(NotificationStorePort notifications, PublishMarketEventPort events, LoadCatalogueViewsPort catalogue) {
        this.notifications = notifications;
        this.events = events;
        this.catalogue = catalogue;
    }

    static String listingUrl(Listing listing) {
        return ListingPaths.of(listing.requireId().value());
    }

    static String transactionUrl(Transaction transaction) {
        return "/transactions/" + transaction.requireId().value();
    }

    void bidReceived(Listing listing, Bid bid, Instant now) {
        tell(listing.seller(), NotificationKind.OFFER_RECEIVED, "New bid on " + cardName(listing.terms().card()),
                "A bid of " + euros(bid.amount()) + " on your listing at " + euros(listing.terms().price()) + ".",
                Map.of("listing_id", listing.requireId().value(), "bid_id", bid.requireId().value()), listingUrl(listing), now);
    }

    void bidAccepted(Transaction transaction, Instant now) {
        tell(transaction.buyer(), NotificationKind.ORDER_UPDATED, "Your bid on " + cardName(transaction.card()) + " was accepted",
                "Pay " + euros(transaction.buyerTotal()) + " to complete the purchase.", ids(transaction), transactionUrl(transaction),
                now);
    }

    void bidRejected(Listing listing, Bid bid, Instant now) {
        tell(bid.bidder(), NotificationKind.LISTING_STATUS, "Your bid on " + cardName(listing.terms().card()) + " was declined",
                "The listing is " + listing.status().code() + "; your bid of " + euros(bid.amount()) + " is closed.",
                Map.of("listing_id", listing.requireId().value(), "bid_id", bid.requireId().value()), listingUrl(listing), now);
    }

    void sold(Transaction transaction, Instant now) {
        tell(transaction.seller(), NotificationKind.ORDER_UPDATED, "Sold: " + cardName(transaction.card()),
                "Sold for " + euros(transaction.amount()) + "; you will receive " + euros(transaction.fees().sellerPayout())
                        + ". Ship it once the buyer has paid.", ids(transaction), transactionUrl(transaction), now);
    }

    /** The other party of a move learns what happened; a shipment carries its carrier and tracking number. */
    void moved(Transaction transaction, AccountId mover, Instant now) {
        AccountId other = transaction.buyer().equals(mover) ? transaction.seller() : transaction.buyer();
        TransactionStatus status = transaction.status();
        String card = cardName(transaction.card());
        String title = switch (status) {
            case PAID -> "Paid: " + card;
            case SHIPPED -> "Shipped: " + card;
            case DELIVERED -> "Delivered: " + card;
            case COMPLETED -> "Completed: " + card;
            case CANCELLED -> "Cancelled: " + card;
            case DISPUTED -> "Disputed: " + card;
            case AWAITING_PAYMENT -> "Awaiting payment: " + card;
        };
        String body = transaction.shipment().filter(sent -> status == TransactionStatus.SHIPPED)
                .map(sent -> "Sent with " + sent.carrier() + ", tracking number " + sent.trackingNumber() + ".")
                .orElse("The order is now " + status.code().replace('_', ' ') + ".");
        tell(other, NotificationKind.ORDER_UPDATED, title, body, ids(transaction), transactionUrl(transaction), now);
    }

    private static Map<String, Object> ids(Transaction transaction) {
        return Map.of("transaction_id", transaction.requireId().value(), "listing_id", transaction.listing().value(),
                "status", transaction.status().code());
    }

    private void tell(AccountId owner, NotificationKind kind, String title, String body, Map<String, Object> data, String url,
                      Instant now) {
        notifications.add(Notification.unread(owner, kind, title, body, data, Optional.of(url), now));
        events.publish(new io.cardvault.domain.realtime.Notification(owner, kind.code(), title, body, url));
    }

    private String cardName(CardId card) {
        String name = catalogue.card(card).map(CardDetails::card).map(overview -> overview.name())
                .filter(text -> !text.isBlank()).orElse("card #" + card.value());
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static String euros(Money amount) {
        return "€" + amount.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
