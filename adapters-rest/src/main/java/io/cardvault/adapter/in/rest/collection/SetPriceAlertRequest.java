package io.cardvault.adapter.in.rest.collection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** {@code POST /alerts}: card and target price; condition {@code below} (default) or {@code above}; currency EUR by default. */
public record SetPriceAlertRequest(@NotNull @Positive Long cardId, @NotNull @Positive BigDecimal targetPrice,
                                   String condition, String currency) {
}
