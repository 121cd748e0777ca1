package io.cardvault.application.port.out;

import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The bid store in memory. */
public class InMemoryBidStore implements BidStorePort {

    private final Map<Long, Bid> bids = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Bid add(Bid bid) {
        Bid stored = bid.stored(new BidId(ids.incrementAndGet()));
        bids.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<Bid> findById(BidId id) {
        return Optional.ofNullable(bids.get(id.value()));
    }

    @Override
    public List<Bid> findByListing(ListingId listing) {
        return bids.values().stream().filter(bid -> bid.listing().equals(listing))
                .sorted(Comparator.comparing(Bid::createdAt).thenComparing(bid -> bid.requireId().value()))
                .toList();
    }

    @Override
    public void update(Bid bid) {
        bids.replace(bid.requireId().value(), bid);
    }
}
