package io.cardvault.adapter.in.rest.deck;

import java.util.List;

/** {@code GET /decks}: the caller's decks, most recently changed first. */
public record DeckListResponse(List<DeckResponse> items, int total) {
}
