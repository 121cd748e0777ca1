package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/keys}: a name, optionally a tier (at most the account's) and an ISO-8601 expiry. */
public record CreateApiKeyRequest(@NotNull @Size(min = 1, max = 100) String name, String tier, String expiresAt) {
}
