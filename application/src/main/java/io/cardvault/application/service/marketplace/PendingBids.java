package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidStatus;
import io.cardvault.domain.marketplace.Listing;
import java.time.Instant;

/** Closes the bids still pending on a listing that left the market (sold out, withdrawn). */
final class PendingBids {

    private PendingBids() {
    }

    static void rejectAll(BidStorePort bids, MarketNotices notices, Listing gone, Instant now) {
        for (Bid bid : bids.findByListing(gone.requireId())) {
            if (bid.status() == BidStatus.PENDING) {
                bids.update(bid.reject());
                notices.bidRejected(gone, bid, now);
            }
        }
    }
}
