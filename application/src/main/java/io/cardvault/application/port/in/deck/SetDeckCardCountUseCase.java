package io.cardvault.application.port.in.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;

/** Use case: the owner sets how many copies of a card a section of the deck holds; 0 takes the card out (the deck builder's −/+). */
public interface SetDeckCardCountUseCase {

    DeckView setCount(AccountId owner, DeckId deck, CardId card, DeckSection section, int quantity);
}
