package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.NotNull;

/** {@code POST /account/password}. */
public record ChangePasswordRequest(@NotNull String currentPassword, @NotNull String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[redacted]";
    }
}
