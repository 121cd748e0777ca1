package io.cardvault.adapter.in.rest.deck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /decks}: a name, the game's slug, optionally a format and whether anyone may read it (default false). */
public record CreateDeckRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 32) String tcgSlug,
                                @Size(max = 32) String format, Boolean isPublic) {
}
