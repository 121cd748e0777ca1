package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.domain.marketplace.Bid;
import java.math.BigDecimal;

/**
 * A bid as the caller may see it: {@code bidder} is the username for the listing's seller and a
 * {@code bidder-N} label for everyone else ({@code anonymised} says which); {@code mine} marks the
 * caller's own bids.
 */
public record BidResponse(long id, long listingId, String bidder, boolean anonymised, boolean mine, BigDecimal amount,
                          String currency, String message, String status, String createdAt) {

    static BidResponse from(BidView view) {
        Bid bid = view.bid();
        return new BidResponse(bid.requireId().value(), bid.listing().value(), view.bidder(), view.anonymised(), view.mine(),
                bid.amount().amount(), bid.amount().currency().getCurrencyCode(), bid.message().orElse(null),
                bid.status().code(), bid.createdAt().toString());
    }
}
