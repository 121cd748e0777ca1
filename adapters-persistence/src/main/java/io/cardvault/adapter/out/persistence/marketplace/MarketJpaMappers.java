package io.cardvault.adapter.out.persistence.marketplace;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.marketplace.MarketTimes.stored;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.BidStatus;
import io.cardvault.domain.marketplace.FeeBreakdown;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.RatingId;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionOrigin;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Between bids, transactions and ratings and their rows. Rates come back without trailing zeros
 * ({@code DECIMAL(6,4)} reads 0.0500 as the 0.05 the schedule wrote); each status of the timeline is
 * a column of its own, {@code created_at} the opening.
 */
final class MarketJpaMappers {

    private MarketJpaMappers() {
    }

    static BidJpaEntity toNewEntity(Bid bid) {
        return new BidJpaEntity(bid.listing().value(), bid.bidder().value(), bid.amount().amount(),
                bid.message().orElse(null), bid.status().code(), stored(bid.createdAt()));
    }

    static Bid toDomain(BidJpaEntity row) {
        return new Bid(Optional.of(new BidId(row.id())), new ListingId(row.listingId()), new AccountId(row.bidderId()),
                Money.of(row.amountEur().toPlainString(), ListingTerms.CURRENCY), Optional.ofNullable(row.message()),
                BidStatus.find(row.status()).orElseThrow(() -> new IllegalStateException("bid " + row.id()
                        + " has an unknown status " + row.status())), instant(row.createdAt()));
    }

    static TransactionJpaEntity toNewEntity(Transaction transaction) {
        FeeBreakdown fees = transaction.fees();
        TransactionJpaEntity row = new TransactionJpaEntity(transaction.listing().value(), transaction.card().value(),
                transaction.seller().value(), transaction.buyer().value(), transaction.origin().code(),
                transaction.bid().map(BidId::value).orElse(null), fees.price().currency().getCurrencyCode(),
                fees.price().amount(), fees.marketplaceRate(), fees.marketplaceFee().amount(), fees.imageProtectionRate(),
                fees.imageProtectionFee().amount(), fees.total().amount(), fees.sellerPayout().amount(),
                transaction.handlingFee().amount(), stored(transaction.createdAt()));
        move(row, transaction);
        return row;
    }

    static void move(TransactionJpaEntity row, Transaction transaction) {
        Map<TransactionStatus, Instant> reached = transaction.timeline();
        row.move(transaction.status().code(), transaction.shipment().map(Shipment::carrier).orElse(null),
                transaction.shipment().map(Shipment::trackingNumber).orElse(null),
                at(reached, TransactionStatus.PAID), at(reached, TransactionStatus.SHIPPED),
                at(reached, TransactionStatus.DELIVERED), at(reached, TransactionStatus.COMPLETED),
                at(reached, TransactionStatus.CANCELLED), at(reached, TransactionStatus.DISPUTED));
    }

    private static LocalDateTime at(Map<TransactionStatus, Instant> reached, TransactionStatus status) {
        Instant when = reached.get(status);
        return when == null ? null : stored(when);
    }

    static Transaction toDomain(TransactionJpaEntity row) {
        Currency currency = Currency.getInstance(row.currency());
        FeeBreakdown fees = new FeeBreakdown(money(currency, row.amount()), row.marketplaceRate().stripTrailingZeros(),
                money(currency, row.marketplaceFee()), row.imageProtectionRate().stripTrailingZeros(),
                money(currency, row.imageProtectionFee()), money(currency, row.feesTotal()),
                money(currency, row.sellerPayout()));
        Map<TransactionStatus, Instant> timeline = new EnumMap<>(TransactionStatus.class);
        timeline.put(TransactionStatus.AWAITING_PAYMENT, instant(row.createdAt()));
        reached(timeline, TransactionStatus.PAID, row.paidAt());
        reached(timeline, TransactionStatus.SHIPPED, row.shippedAt());
        reached(timeline, TransactionStatus.DELIVERED, row.deliveredAt());
        reached(timeline, TransactionStatus.COMPLETED, row.completedAt());
        reached(timeline, TransactionStatus.CANCELLED, row.cancelledAt());
        reached(timeline, TransactionStatus.DISPUTED, row.disputedAt());
        Optional<Shipment> shipment = row.carrier() == null ? Optional.empty()
                : Optional.of(new Shipment(row.carrier(), row.trackingNumber()));
        return Transaction.reconstitute(new TransactionId(row.id()), new ListingId(row.listingId()), new CardId(row.cardId()),
                new AccountId(row.sellerId()), new AccountId(row.buyerId()),
                TransactionOrigin.find(row.origin()).orElseThrow(() -> new IllegalStateException("transaction " + row.id()
                        + " has an unknown origin " + row.origin())),
                Optional.ofNullable(row.bidId()).map(BidId::new), fees, money(currency, row.handlingFee()),
                TransactionStatus.find(row.status()).orElseThrow(() -> new IllegalStateException("transaction " + row.id()
                        + " has an unknown status " + row.status())), shipment, timeline);
    }

    private static void reached(Map<TransactionStatus, Instant> timeline, TransactionStatus status, LocalDateTime at) {
        if (at != null) {
            timeline.put(status, instant(at));
        }
    }

    private static Money money(Currency currency, BigDecimal amount) {
        return new Money(currency, amount);
    }

    static RatingJpaEntity toNewEntity(Rating rating) {
        return new RatingJpaEntity(rating.transaction().value(), rating.rater().value(), rating.ratee().value(),
                rating.raterRole().code(), rating.stars(), rating.review().orElse(null), stored(rating.createdAt()));
    }

    static Rating toDomain(RatingJpaEntity row) {
        return new Rating(Optional.of(new RatingId(row.id())), new TransactionId(row.transactionId()),
                new AccountId(row.raterId()), new AccountId(row.rateeId()),
                TransactionParty.valueOf(row.raterRole().toUpperCase(Locale.ROOT)), row.stars(),
                Optional.ofNullable(row.review()), instant(row.createdAt()));
    }
}
