package io.cardvault.application.port.out;

import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Fake {@link ListingExpiryPort} over the in-memory listing store. */
public final class InMemoryListingExpiry implements ListingExpiryPort {

    private final InMemoryListingStore listings;
    private final Set<Map.Entry<ListingId, Instant>> reminded = ConcurrentHashMap.newKeySet();

    public InMemoryListingExpiry(InMemoryListingStore listings) {
        this.listings = listings;
    }

    @Override
    public int expireDue(Instant now) {
        int expired = 0;
        for (Listing listing : listings.all()) {
            if (listing.isPastExpiryAt(now)) {
                listings.update(listing.expire(now));
                expired++;
            }
        }
        return expired;
    }

    @Override
    public List<Listing> findDueForReminder(Instant now, Instant until, int limit) {
        return listings.all().stream()
                .filter(listing -> listing.status() == ListingStatus.ACTIVE && listing.expiresAt().isAfter(now)
                        && !listing.expiresAt().isAfter(until)
                        && !reminded.contains(Map.entry(listing.requireId(), listing.expiresAt())))
                .sorted(Comparator.comparing(Listing::expiresAt).thenComparing(listing -> listing.requireId().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean markReminded(ListingId listing, Instant expiresAt, Instant at) {
        return reminded.add(Map.entry(listing, expiresAt));
    }
}
