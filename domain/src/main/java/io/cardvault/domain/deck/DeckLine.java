package io.cardvault.domain.deck;

import io.cardvault.domain.catalogue.CardId;
import java.util.Objects;

/** So many copies of one card in one section of a deck. */
public record DeckLine(CardId card, DeckSection section, int quantity) {

    /** More copies of one card than any format allows many times over: a guard against typos, not a rule. */
    public static final int MAX_QUANTITY = 250;

    public DeckLine {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(section, "section");
        InvalidDeckDataException.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity",
                "quantity must be between 1 and " + MAX_QUANTITY + ": " + quantity);
    }
}
