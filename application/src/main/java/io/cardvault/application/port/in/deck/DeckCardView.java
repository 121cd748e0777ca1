package io.cardvault.application.port.in.deck;

import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.deck.DeckSection;
import java.util.Objects;

/** One line of a deck as shown: the card, its section and how many copies. */
public record DeckCardView(CardOverview card, DeckSection section, int quantity) {

    public DeckCardView {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(section, "section");
    }
}
