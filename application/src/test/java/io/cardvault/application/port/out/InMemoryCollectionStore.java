package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The collection store in memory; which game a card belongs to is told with {@link #cardOfGame}. */
public class InMemoryCollectionStore implements CollectionStorePort {

    private final Map<Long, CollectionEntry> entries = new ConcurrentSkipListMap<>();
    private final Map<CardId, String> games = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryCollectionStore cardOfGame(CardId card, String game) {
        games.put(card, game);
        return this;
    }

    @Override
    public CollectionEntry add(CollectionEntry entry) {
        CollectionEntryId id = new CollectionEntryId(ids.incrementAndGet());
        CollectionEntry stored = CollectionEntry.reconstitute(id, entry.owner(), entry.card(), entry.variant(), entry.quantity(),
                entry.condition(), entry.pricePaid(), entry.grading(), entry.addedAt());
        entries.put(id.value(), stored);
        return stored;
    }

    @Override
    public Optional<CollectionEntry> findById(CollectionEntryId id) {
        return Optional.ofNullable(entries.get(id.value()));
    }

    @Override
    public Optional<CollectionEntry> findHolding(CollectionEntry like) {
        return entries.values().stream().filter(like::sameHolding).findFirst();
    }

    @Override
    public Slice<CollectionEntry> findByOwner(AccountId owner, Optional<String> game, int limit, int offset) {
        List<CollectionEntry> owned = entries.values().stream()
                .filter(entry -> entry.isOwnedBy(owner))
                .filter(entry -> game.isEmpty() || game.get().equals(games.get(entry.card())))
                .sorted(Comparator.comparing(CollectionEntry::addedAt)
                        .thenComparing(entry -> entry.id().orElseThrow().value()).reversed())
                .toList();
        return new Slice<>(owned.stream().skip(offset).limit(limit).toList(), owned.size());
    }

    @Override
    public List<CollectionEntry> findAllByOwner(AccountId owner) {
        return entries.values().stream().filter(entry -> entry.isOwnedBy(owner)).toList();
    }

    @Override
    public void update(CollectionEntry entry) {
        entries.replace(entry.id().orElseThrow().value(), entry);
    }

    @Override
    public void delete(CollectionEntryId id) {
        entries.remove(id.value());
    }
}
