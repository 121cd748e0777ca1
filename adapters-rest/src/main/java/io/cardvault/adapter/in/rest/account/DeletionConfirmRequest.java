package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.NotNull;

/** {@code POST /account/delete} and {@code /account/delete/cancel}: {@code confirm} reads {@code DELETE <username>}. */
public record DeletionConfirmRequest(@NotNull String confirm) {
}
