package io.cardvault.application.port.in.deck;

/** Use case: a collector starts a deck of a game the catalogue knows. */
public interface CreateDeckUseCase {

    DeckView create(CreateDeckCommand command);
}
