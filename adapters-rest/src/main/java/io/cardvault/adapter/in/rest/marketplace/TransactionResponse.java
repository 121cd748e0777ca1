package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.FeeBreakdown;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A transaction as one of its parties sees it: the caller's {@code role}, both usernames, what was
 * sold for how much with which fees, the shipment, the {@code timeline} of statuses reached (oldest
 * first), the {@code next_actions} the caller may take now, and whether the caller may rate.
 */
public record TransactionResponse(long id, long listingId, long cardId, String role, String buyer, String seller,
                                  String origin, Long bidId, String status, BigDecimal amount, String currency,
                                  BigDecimal handlingFee, BigDecimal buyerTotal, BigDecimal marketplaceFee,
                                  BigDecimal imageProtectionFee, BigDecimal feesTotal, BigDecimal sellerPayout,
                                  String carrier, String trackingNumber, List<Step> timeline, List<String> nextActions,
                                  boolean ratedByYou, boolean mayRate, String createdAt, String updatedAt) {

    /** One status reached and when. */
    public record Step(String status, String at) {
    }

    static TransactionResponse from(TransactionView view) {
        Transaction transaction = view.transaction();
        FeeBreakdown fees = transaction.fees();
        List<Step> timeline = transaction.timeline().entrySet().stream()
                .sorted(java.util.Map.Entry.<TransactionStatus, java.time.Instant>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(step -> new Step(step.getKey().code(), step.getValue().toString())).toList();
        List<String> next = view.nextMoves().stream().sorted(Comparator.naturalOrder()).map(TransactionStatus::code).toList();
        return new TransactionResponse(transaction.requireId().value(), transaction.listing().value(),
                transaction.card().value(), view.viewerRole().code(), view.buyer().value(), view.seller().value(),
                transaction.origin().code(), transaction.bid().map(BidId::value).orElse(null), transaction.status().code(),
                transaction.amount().amount(), transaction.amount().currency().getCurrencyCode(),
                transaction.handlingFee().amount(), transaction.buyerTotal().amount(), fees.marketplaceFee().amount(),
                fees.imageProtectionFee().amount(), fees.total().amount(), fees.sellerPayout().amount(),
                transaction.shipment().map(Shipment::carrier).orElse(null),
                transaction.shipment().map(Shipment::trackingNumber).orElse(null), timeline, next, view.ratedByViewer(),
                view.mayRate(), transaction.createdAt().toString(), transaction.updatedAt().toString());
    }
}
