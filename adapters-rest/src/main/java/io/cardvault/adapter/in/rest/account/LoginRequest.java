package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.NotNull;

/** {@code POST /auth/login}: {@code username} may be the username or the email address. */
public record LoginRequest(@NotNull String username, @NotNull String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + username + "]";
    }
}
