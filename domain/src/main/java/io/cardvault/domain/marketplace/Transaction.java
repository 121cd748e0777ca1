package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sale between a buyer and a seller, opened by a buy-now or an accepted bid, and its way through
 * the state machine of {@link TransactionStatus}: each move says who makes it, and a move the
 * machine does not allow is an {@link IllegalTransactionMoveException} carrying the current status,
 * never a silent overwrite. The sale's price, its fees and the seller's payout are fixed when it
 * opens; a buy-now buyer also pays the handling fee. {@link #timeline()} records when each status
 * was reached.
 */
public final class Transaction {

    private final Optional<TransactionId> id;
    private final ListingId listing;
    private final CardId card;
    private final AccountId seller;
    private final AccountId buyer;
    private final TransactionOrigin origin;
    private final Optional<BidId> bid;
    private final FeeBreakdown fees;
    private final Money handlingFee;
    private final TransactionStatus status;
    private final Optional<Shipment> shipment;
    private final Map<TransactionStatus, Instant> timeline;

    private Transaction(Optional<TransactionId> id, ListingId listing, CardId card, AccountId seller, AccountId buyer,
                        TransactionOrigin origin, Optional<BidId> bid, FeeBreakdown fees, Money handlingFee,
                        TransactionStatus status, Optional<Shipment> shipment, Map<TransactionStatus, Instant> timeline) {
        this.id = Objects.requireNonNull(id, "id");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.card = Objects.requireNonNull(card, "card");
        this.seller = Objects.requireNonNull(seller, "seller");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        InvalidMarketplaceDataException.require(!seller.equals(buyer), "buyer", "a seller never buys from themselves");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.bid = Objects.requireNonNull(bid, "bid");
        InvalidMarketplaceDataException.require(bid.isPresent() == (origin == TransactionOrigin.BID), "bid_id",
                "a transaction from a bid names the bid, and only that one");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.handlingFee = Objects.requireNonNull(handlingFee, "handlingFee");
        InvalidMarketplaceDataException.require(!handlingFee.isNegative(), "handling_fee", "a fee cannot be negative");
        this.status = Objects.requireNonNull(status, "status");
        this.shipment = Objects.requireNonNull(shipment, "shipment");
        EnumMap<TransactionStatus, Instant> reached = new EnumMap<>(TransactionStatus.class);
        reached.putAll(Objects.requireNonNull(timeline, "timeline"));
        InvalidMarketplaceDataException.require(reached.containsKey(TransactionStatus.AWAITING_PAYMENT)
                && reached.containsKey(status), "status", "the timeline holds the opening and the current status");
        this.timeline = Collections.unmodifiableMap(reached);
    }

    /**
     * A new transaction awaiting payment for one copy of {@code listing} sold to {@code buyer} at
     * {@code amount}; the fees follow the schedule (with the listing's image protection), and a
     * buy-now adds the handling fee the buyer pays.
     */
    public static Transaction open(Listing listing, AccountId buyer, Money amount, Optional<BidId> bid,
                                   FeeSchedule schedule, Instant now) {
        TransactionOrigin origin = bid.isPresent() ? TransactionOrigin.BID : TransactionOrigin.BUY_NOW;
        FeeBreakdown fees = schedule.sellerFees(amount, listing.terms().imageProtection());
        Money handling = origin == TransactionOrigin.BUY_NOW ? schedule.handlingFee(amount) : Money.zero(amount.currency());
        return new Transaction(Optional.empty(), listing.requireId(), listing.terms().card(), listing.seller(), buyer,
                origin, bid, fees, handling, TransactionStatus.AWAITING_PAYMENT, Optional.empty(),
                Map.of(TransactionStatus.AWAITING_PAYMENT, now));
    }

    public static Transaction reconstitute(TransactionId id, ListingId listing, CardId card, AccountId seller,
                                           AccountId buyer, TransactionOrigin origin, Optional<BidId> bid, FeeBreakdown fees,
                                           Money handlingFee, TransactionStatus status, Optional<Shipment> shipment,
                                           Map<TransactionStatus, Instant> timeline) {
        return new Transaction(Optional.of(id), listing, card, seller, buyer, origin, bid, fees, handlingFee, status,
                shipment, timeline);
    }

    public Transaction stored(TransactionId storedId) {
        return new Transaction(Optional.of(storedId), listing, card, seller, buyer, origin, bid, fees, handlingFee, status,
                shipment, timeline);
    }

    /** Which side {@code account} is on; empty for anyone else (who must not even learn the transaction exists). */
    public Optional<TransactionParty> partyOf(AccountId account) {
        if (buyer.equals(account)) {
            return Optional.of(TransactionParty.BUYER);
        }
        return seller.equals(account) ? Optional.of(TransactionParty.SELLER) : Optional.empty();
    }

    /**
     * The transaction after {@code party} moved it to {@code next}. {@code shipped} is reached only
     * through {@link #ship}, which carries the shipment.
     */
    public Transaction moveTo(TransactionParty party, TransactionStatus next, Instant now) {
        requireMove(party, next);
        if (next == TransactionStatus.SHIPPED) {
            throw new IllegalTransactionMoveException(IllegalTransactionMoveException.SHIPPING_DETAILS_REQUIRED, status, next);
        }
        return reach(next, shipment, now);
    }

    /** The transaction shipped by its seller with {@code sent}'s carrier and tracking number. */
    public Transaction ship(TransactionParty party, Shipment sent, Instant now) {
        Objects.requireNonNull(sent, "sent");
        requireMove(party, TransactionStatus.SHIPPED);
        return reach(TransactionStatus.SHIPPED, Optional.of(sent), now);
    }

    /** {@code party}'s rating of the other side; ratings open once the card has arrived (see {@link TransactionStatus#opensRating}). */
    public Rating rate(TransactionParty party, int stars, Optional<String> review, Instant now) {
        Objects.requireNonNull(party, "party");
        if (!status.opensRating()) {
            throw new RatingNotOpenException(status);
        }
        AccountId rater = party == TransactionParty.BUYER ? buyer : seller;
        AccountId ratee = party == TransactionParty.BUYER ? seller : buyer;
        return new Rating(Optional.empty(), requireId(), rater, ratee, party, stars, review, now);
    }

    /** The moves {@code party} may make now: what a page offers as next actions. */
    public Set<TransactionStatus> nextMovesFor(TransactionParty party) {
        return status.nextFor(party);
    }

    private void requireMove(TransactionParty party, TransactionStatus next) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(next, "next");
        Set<TransactionParty> movers = status.movers(next);
        if (movers.isEmpty()) {
            throw new IllegalTransactionMoveException(IllegalTransactionMoveException.ILLEGAL_TRANSITION, status, next);
        }
        if (!movers.contains(party)) {
            throw new IllegalTransactionMoveException(IllegalTransactionMoveException.NOT_YOUR_MOVE, status, next);
        }
    }

    private Transaction reach(TransactionStatus next, Optional<Shipment> sent, Instant now) {
        EnumMap<TransactionStatus, Instant> reached = new EnumMap<>(timeline);
        reached.put(next, now);
        return new Transaction(id, listing, card, seller, buyer, origin, bid, fees, handlingFee, next, sent, reached);
    }

    /** What the buyer pays in all: the price and, for a buy-now, the handling fee. */
    public Money buyerTotal() {
        return fees.price().plus(handlingFee);
    }

    public Money amount() {
        return fees.price();
    }

    public Instant createdAt() {
        return timeline.get(TransactionStatus.AWAITING_PAYMENT);
    }

    /** When the transaction last moved. */
    public Instant updatedAt() {
        return timeline.get(status);
    }

    public TransactionId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("the transaction is not stored yet"));
    }

    public Optional<TransactionId> id() {
        return id;
    }

    public ListingId listing() {
        return listing;
    }

    public CardId card() {
        return card;
    }

    public AccountId seller() {
        return seller;
    }

    public AccountId buyer() {
        return buyer;
    }

    public TransactionOrigin origin() {
        return origin;
    }

    public Optional<BidId> bid() {
        return bid;
    }

    public FeeBreakdown fees() {
        return fees;
    }

    public Money handlingFee() {
        return handlingFee;
    }

    public TransactionStatus status() {
        return status;
    }

    public Optional<Shipment> shipment() {
        return shipment;
    }

    /** When each status reached so far was reached; always holds {@code awaiting_payment} and the current one. */
    public Map<TransactionStatus, Instant> timeline() {
        return timeline;
    }
}
