/**
 * Decks' use cases: create, list, read (owner, or anyone when public), add cards, import a deck list,
 * check legality and value a deck; with the commands and views they exchange.
 */
package io.cardvault.application.port.in.deck;
