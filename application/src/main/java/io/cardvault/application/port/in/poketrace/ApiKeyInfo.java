package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.account.ApiPlan;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The calling key as {@code /v1/auth/info} shows it (its visible prefix, never the secret) and its account's plan. */
public record ApiKeyInfo(String keyPrefix, String name, boolean active, Instant createdAt, Optional<Instant> lastUsedAt,
                         ApiPlan plan) {

    public ApiKeyInfo {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(plan, "plan");
    }
}
