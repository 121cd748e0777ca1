package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/transactions/{id}/rate}: 1–5 stars and an optional review of at most 1000 characters. */
public record RateRequest(@NotNull Integer rating, @Size(max = 2000) String review) {
}
