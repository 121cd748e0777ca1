package io.cardvault.application.port.out;

import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.catalogue.CardId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Outgoing port: the catalogue as decks read it: each card's per-format legalities and play traits
 * (regulation mark, colour identity, supertypes), and the cards a deck list's lines could name, by
 * name or by set code, within one game, in bulk.
 */
public interface LoadDeckCardsPort {

    /** The rules facts of those cards; a card without legalities or traits maps to empty ones, an unknown id is absent. */
    Map<CardId, CardPlayRules> playRules(Collection<CardId> cards);

    /** The game's cards whose name is one of {@code names} (case and accents ignored), in no order. */
    List<DeckCardCandidate> named(String game, Collection<String> names);

    /** Every card of the game's sets with one of those codes (case ignored), in no order: a deck list's set and number lines. */
    List<DeckCardCandidate> inSets(String game, Collection<String> setCodes);
}
