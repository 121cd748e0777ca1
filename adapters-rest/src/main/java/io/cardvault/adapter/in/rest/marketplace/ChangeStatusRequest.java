package io.cardvault.adapter.in.rest.marketplace;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/transactions/{id}/status}: the status to move to (awaiting_payment … disputed). */
public record ChangeStatusRequest(@NotNull @Size(max = 32) String status) {
}
