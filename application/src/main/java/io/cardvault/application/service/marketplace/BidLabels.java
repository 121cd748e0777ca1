package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.Listing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a viewer sees the bidders of one listing: its seller by username, anyone else as
 * {@code bidder-N}, numbered in the order the bidders first bid, so one bidder keeps one label across
 * the list and the labels reveal nothing across listings.
 */
final class BidLabels {

    private final Listing listing;
    private final Optional<AccountId> viewer;
    private final Map<AccountId, Account> names;
    private final Map<AccountId, Integer> order = new HashMap<>();

    private BidLabels(Listing listing, List<Bid> oldestFirst, Optional<AccountId> viewer, Map<AccountId, Account> names) {
        this.listing = listing;
        this.viewer = viewer;
        this.names = names;
        for (Bid bid : oldestFirst) {
            order.putIfAbsent(bid.bidder(), order.size() + 1);
        }
    }

    /** {@code names} must hold the bidders' accounts when the viewer is the seller; others never need them. */
    static BidLabels of(Listing listing, List<Bid> oldestFirst, Optional<AccountId> viewer, Map<AccountId, Account> names) {
        return new BidLabels(listing, oldestFirst, viewer, names);
    }

    boolean viewerIsSeller() {
        return viewer.filter(listing::isOwnedBy).isPresent();
    }

    BidView view(Bid bid) {
        boolean mine = viewer.filter(bid.bidder()::equals).isPresent();
        if (viewerIsSeller()) {
            return new BidView(bid, Traders.name(names, bid.bidder()).value(), false, mine);
        }
        return new BidView(bid, "bidder-" + order.get(bid.bidder()), true, mine);
    }
}
