package io.cardvault.application.port.out;

import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.port.out.marketplace.ListingFilter;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: the marketplace's listings. */
public interface ListingStorePort {

    /** Stores a new listing and returns it with its id. */
    Listing add(Listing listing);

    Optional<Listing> findById(ListingId id);

    /**
     * Writes a stored listing's terms, status, expiry and renewals. Throws
     * {@link ConcurrentChangeException} when another caller wrote it since this caller read it, and
     * then writes nothing: of two racing sales of the last copy exactly one is written.
     */
    void update(Listing listing);

    /**
     * A page of the listings on sale at {@code now} (active, not past expiry) the filter lets through,
     * newest first (ties by id, newest first), and how many there are in all.
     */
    Slice<Listing> findAvailable(ListingFilter filter, Instant now, int limit, int offset);

    /**
     * A page of the seller's listings, in every status or only in {@code status}, newest first (ties by
     * id, newest first), and how many of those they hold in all.
     */
    Slice<Listing> findBySeller(AccountId seller, Optional<ListingStatus> status, int limit, int offset);
}
