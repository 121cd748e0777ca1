package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/register} and {@code /api/auth/register}; the latter also reads display_name and country. */
public record RegisterRequest(@NotNull String username, @NotNull String email, @NotNull String password,
                              @Size(max = 60) String displayName, @Size(min = 2, max = 2) String country) {

    @Override
    public String toString() {
        return "RegisterRequest[" + username + "]";
    }
}
