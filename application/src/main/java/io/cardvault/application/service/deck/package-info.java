/** Decks' services: one per use case, each the transaction; the deck list reader and the shared reads beside them. */
package io.cardvault.application.service.deck;
