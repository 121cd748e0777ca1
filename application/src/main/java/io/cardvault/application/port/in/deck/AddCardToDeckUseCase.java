package io.cardvault.application.port.in.deck;

/** Use case: the owner adds copies of a card of the deck's game to one of its sections. */
public interface AddCardToDeckUseCase {

    DeckView add(AddCardToDeckCommand command);
}
