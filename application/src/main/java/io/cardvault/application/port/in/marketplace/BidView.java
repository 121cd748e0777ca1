package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.marketplace.Bid;
import java.util.Objects;

/**
 * A bid as one viewer may see it: the seller of the listing sees the bidder's username; everyone
 * else sees a label that numbers the listing's bidders in the order they first bid
 * ({@code bidder-1}, {@code bidder-2}); {@code mine} marks the viewer's own bids.
 */
public record BidView(Bid bid, String bidder, boolean anonymised, boolean mine) {

    public BidView {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(bidder, "bidder");
    }
}
