package io.cardvault.domain.deck;

/** A stored deck's id. */
public record DeckId(long value) {

    public DeckId {
        if (value <= 0) {
            throw new InvalidDeckDataException("deck_id", "a deck id is positive: " + value);
        }
    }
}
