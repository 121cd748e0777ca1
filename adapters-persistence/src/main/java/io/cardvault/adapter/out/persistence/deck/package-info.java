/**
 * Driven adapter for decks through JPA on EclipseLink: the deck row ({@code deck}, V108) is the entity,
 * its cards an element collection ({@code deck_card}), rewritten whole when the deck is updated. A deck
 * names its game by slug in the domain and by id in the table; the small {@code game} table is read with
 * a native query to translate. No JDBC here (an architecture rule checks it).
 */
package io.cardvault.adapter.out.persistence.deck;
