package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory {@link DeckStorePort} for tests of the deck services. */
public class InMemoryDeckStore implements DeckStorePort {

    private final Map<DeckId, Deck> decks = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Deck add(Deck deck) {
        DeckId id = new DeckId(ids.incrementAndGet());
        Deck stored = Deck.reconstitute(id, deck.owner(), deck.name(), deck.game(), deck.format(), deck.isPublic(),
                deck.lines(), deck.createdAt(), deck.updatedAt());
        decks.put(id, stored);
        return stored;
    }

    @Override
    public Optional<Deck> findById(DeckId id) {
        return Optional.ofNullable(decks.get(id));
    }

    @Override
    public List<Deck> findByOwner(AccountId owner) {
        return decks.values().stream().filter(deck -> deck.isOwnedBy(owner))
                .sorted(Comparator.comparing(Deck::updatedAt).reversed()
                        .thenComparing(deck -> deck.id().orElseThrow().value(), Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public void update(Deck deck) {
        decks.replace(deck.id().orElseThrow(), deck);
    }
}
