/**
 * Driving adapter for decks: {@code /decks} (list, create, read, add cards, import a deck list, legality,
 * value). Requests and answers are records in snake_case; errors keep the one error family.
 */
package io.cardvault.adapter.in.rest.deck;
