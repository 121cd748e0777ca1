package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** {@code POST /api/listings/{id}/bids}: the amount in euros and an optional message (at most 500 characters). */
public record PlaceBidRequest(@NotNull BigDecimal amount, @Size(max = 1000) String message) {
}
