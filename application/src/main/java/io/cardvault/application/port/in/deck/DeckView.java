package io.cardvault.application.port.in.deck;

import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;
import java.util.List;
import java.util.Objects;

/** A stored deck with its cards, sections in order (main, sideboard, commander) and names A–Z within each. */
public record DeckView(Deck deck, List<DeckCardView> cards) {

    public DeckView {
        Objects.requireNonNull(deck, "deck");
        deck.id().orElseThrow(() -> new IllegalArgumentException("a deck view shows a stored deck"));
        cards = List.copyOf(cards);
    }

    public DeckId id() {
        return deck.id().orElseThrow();
    }

    public int count(DeckSection section) {
        return cards.stream().filter(card -> card.section() == section).mapToInt(DeckCardView::quantity).sum();
    }
}
