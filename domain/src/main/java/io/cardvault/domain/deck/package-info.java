/**
 * Decks: a collector's list of cards of one game in sections (main, sideboard, commander), and the
 * deck-building rules that judge it per format (Magic from its per-card legalities and construction
 * rules, Pokémon from regulation marks, set dates and its copy limits; other games answer that no
 * format rules are known), each problem naming the card and the rule.
 */
package io.cardvault.domain.deck;
