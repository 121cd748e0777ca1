package io.cardvault.application.port.in.deck;

/**
 * Use case: a deck from a deck list. Each line names one card by name, or by name with set code and
 * collector number; a line that fits no card, or several printings, is not guessed at: it is listed
 * as unresolved with its line number and why (the candidates, for an ambiguous one). The deck is made
 * with the lines that resolved.
 */
public interface ImportDeckUseCase {

    DeckImport importDeck(ImportDeckCommand command);
}
