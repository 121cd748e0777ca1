package io.cardvault.adapter.in.rest.deck;

import io.cardvault.application.port.in.deck.DeckCardView;

/** One line of a deck: the card (name, set code, number, picture) and its copies in a section. */
public record DeckCardResponse(long cardId, String name, String setCode, String number, String section, int quantity,
                               String imageUrl) {

    static DeckCardResponse from(DeckCardView line) {
        return new DeckCardResponse(line.card().id(), line.card().name(), line.card().setCode(), line.card().collectorNumber(),
                line.section().code(), line.quantity(), line.card().images().map(images -> images.full().url()).orElse(null));
    }
}
