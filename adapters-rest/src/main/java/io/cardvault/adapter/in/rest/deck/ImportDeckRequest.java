package io.cardvault.adapter.in.rest.deck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /decks/import}: the game's slug and the deck list, one card per line; optionally the new deck's
 * name (default "Imported deck"), format and visibility.
 */
public record ImportDeckRequest(@NotBlank @Size(max = 32) String tcgSlug, @NotBlank @Size(max = 100_000) String text,
                                @Size(max = 100) String name, @Size(max = 32) String format, Boolean isPublic) {
}
