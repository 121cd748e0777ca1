package io.cardvault.application.port.out;

import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the bids made on listings. */
public interface BidStorePort {

    /** Stores a new bid and returns it with its id. */
    Bid add(Bid bid);

    Optional<Bid> findById(BidId id);

    /** Every bid on the listing, oldest first (ties by id). */
    List<Bid> findByListing(ListingId listing);

    /** Writes a stored bid's status. */
    void update(Bid bid);
}
