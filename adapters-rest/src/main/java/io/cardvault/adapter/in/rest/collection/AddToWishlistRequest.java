package io.cardvault.adapter.in.rest.collection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** {@code POST /wishlist/add}: the card, optionally a max price and its currency (EUR when absent). */
public record AddToWishlistRequest(@NotNull @Positive Long cardId, @Positive BigDecimal maxPrice, String currency) {
}
