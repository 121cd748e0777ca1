package io.cardvault.adapter.in.rest.collection;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * {@code POST /collection/add}, the spec's body: the card, quantity (default 1), condition (default
 * NM), variant word, price paid (in {@code price_paid_currency}, USD when absent as the spec says),
 * and the slab: {@code graded} with {@code grading_company} and {@code grade} (a company and a grade
 * alone also mean graded).
 */
public record AddToCollectionRequest(@NotNull @Positive Long cardId,
                                     Integer quantity,
                                     @Size(max = 32) String condition,
                                     @Size(max = 64) String variant,
                                     @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal pricePaid,
                                     @Size(max = 3) String pricePaidCurrency,
                                     Boolean graded,
                                     @Size(max = 16) String gradingCompany,
                                     BigDecimal grade) {
}
