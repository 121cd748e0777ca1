package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where collectors' decks are kept, with their cards. */
public interface DeckStorePort {

    /** Stores a new deck (and its cards) and returns it with its id. */
    Deck add(Deck deck);

    Optional<Deck> findById(DeckId id);

    /** The owner's decks, most recently changed first (ties: newest id first). */
    List<Deck> findByOwner(AccountId owner);

    /** Writes a stored deck's name, format, visibility, change time and its cards as they are now. */
    void update(Deck deck);
}
