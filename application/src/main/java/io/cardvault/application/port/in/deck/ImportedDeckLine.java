package io.cardvault.application.port.in.deck;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckSection;

/** A line of the deck list that named exactly one card. */
public record ImportedDeckLine(int line, CardId card, String cardName, int quantity, DeckSection section) {
}
