package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.BidView;
import io.cardvault.application.port.in.marketplace.ListBidsUseCase;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A listing's bids, newest first: usernames for its seller, {@code bidder-N} labels for everyone else. */
@UseCase
public class ListBidsService implements ListBidsUseCase {

    private final ListingStorePort listings;
    private final BidStorePort bids;
    private final Traders traders;

    @Inject
    public ListBidsService(ListingStorePort listings, BidStorePort bids, AccountStorePort accounts) {
        this.listings = listings;
        this.bids = bids;
        this.traders = new Traders(accounts);
    }

    @Override
    public List<BidView> list(Optional<AccountId> viewer, ListingId listing) {
        Listing held = listings.findById(listing).orElseThrow(ListingNotFoundException::new);
        List<Bid> oldestFirst = bids.findByListing(listing);
        boolean seller = viewer.filter(held::isOwnedBy).isPresent();
        Map<AccountId, Account> names = seller ? traders.read(oldestFirst.stream().map(Bid::bidder).toList()) : Map.of();
        BidLabels labels = BidLabels.of(held, oldestFirst, viewer, names);
        List<BidView> newestFirst = new ArrayList<>(oldestFirst.stream().map(labels::view).toList());
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }
}
