package io.cardvault.adapter.in.rest.deck;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;

/** {@code POST /decks/{id}/cards}: the card, how many copies (default 1) and the section (default main). */
public record AddDeckCardRequest(@NotNull @Positive Long cardId, @Positive @Max(250) Integer quantity,
                                 @Pattern(regexp = "main|sideboard|commander", message = "must be main, sideboard or commander")
                                 String section) {
}
