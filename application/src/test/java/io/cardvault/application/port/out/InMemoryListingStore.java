package io.cardvault.application.port.out;

import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.port.out.marketplace.ListingFilter;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import io.cardvault.domain.marketplace.ListingStatus;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The listing store in memory; which game a card belongs to is told with {@link #cardOfGame}. A test
 * makes the next updates lose a race with {@link #loseNextUpdates}, as the database store does when
 * another transaction wrote the listing first.
 */
public class InMemoryListingStore implements ListingStorePort {

    private final Map<Long, Listing> listings = new ConcurrentSkipListMap<>();
    private final Map<CardId, String> games = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger racesToLose = new AtomicInteger();

    public InMemoryListingStore cardOfGame(CardId card, String game) {
        games.put(card, game);
        return this;
    }

    /** The next {@code count} updates throw {@link ConcurrentChangeException} and write nothing. */
    public InMemoryListingStore loseNextUpdates(int count) {
        racesToLose.set(count);
        return this;
    }

    @Override
    public Listing add(Listing listing) {
        Listing stored = listing.stored(new ListingId(ids.incrementAndGet()));
        listings.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<Listing> findById(ListingId id) {
        return Optional.ofNullable(listings.get(id.value()));
    }

    @Override
    public void update(Listing listing) {
        if (racesToLose.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ConcurrentChangeException("listing " + listing.requireId().value(), null);
        }
        listings.replace(listing.requireId().value(), listing);
    }

    @Override
    public Slice<Listing> findAvailable(ListingFilter filter, Instant now, int limit, int offset) {
        Predicate<Listing> passes = listing -> listing.isAvailableAt(now)
                && filter.tcgSlug().map(slug -> slug.equals(games.get(listing.terms().card()))).orElse(true)
                && filter.minPrice().map(min -> listing.terms().price().compareTo(min) >= 0).orElse(true)
                && filter.maxPrice().map(max -> listing.terms().price().compareTo(max) <= 0).orElse(true)
                && filter.condition().map(condition -> condition == listing.terms().condition()).orElse(true)
                && filter.card().map(card -> card.equals(listing.terms().card())).orElse(true);
        return page(listings.values().stream().filter(passes).toList(), limit, offset);
    }

    @Override
    public Slice<Listing> findBySeller(AccountId seller, Optional<ListingStatus> status, int limit, int offset) {
        return page(listings.values().stream().filter(listing -> listing.isOwnedBy(seller)
                && status.map(wanted -> wanted == listing.status()).orElse(true)).toList(), limit, offset);
    }

    /** Every stored listing, by id: what the expiry fake reads. */
    public List<Listing> all() {
        return List.copyOf(listings.values());
    }

    private static Slice<Listing> page(List<Listing> found, int limit, int offset) {
        List<Listing> newestFirst = found.stream()
                .sorted(Comparator.comparing(Listing::createdAt)
                        .thenComparing(listing -> listing.requireId().value()).reversed())
                .toList();
        return new Slice<>(newestFirst.stream().skip(offset).limit(limit).toList(), newestFirst.size());
    }
}
