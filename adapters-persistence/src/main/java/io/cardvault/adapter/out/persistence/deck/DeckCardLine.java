package io.cardvault.adapter.out.persistence.deck;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code deck_card}: so many copies of a card in one section of the deck. */
@Embeddable
class DeckCardLine {

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "section", nullable = false, length = 16)
    private String section;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    /** For JPA only. */
    protected DeckCardLine() {
    }

    DeckCardLine(long cardId, String section, int quantity) {
        this.cardId = cardId;
        this.section = section;
        this.quantity = quantity;
    }

    long cardId() {
        return cardId;
    }

    String section() {
        return section;
    }

    int quantity() {
        return quantity;
    }
}
