package io.cardvault.application.port.out.account;

import io.cardvault.domain.account.ApiKeyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Uses of one key on one UTC day counted by this node since the last flush, and the latest one. */
public record KeyUseTally(ApiKeyId key, LocalDate day, long calls, Instant lastUsedAt) {

    public KeyUseTally {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (calls < 1) {
            throw new IllegalArgumentException("a tally counts at least one call");
        }
    }
}
