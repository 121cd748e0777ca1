package io.cardvault.application.port.out.platform;

import io.cardvault.application.port.out.price.RunStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A source's latest ingest run: when it started and ended, how it ended, its message, and how many
 * runs in a row (this one included) failed. The message of a run refused by an open circuit breaker
 * starts with {@value #CIRCUIT_OPEN}, as the sources' fallback writes it.
 */
public record SourceRunState(Instant startedAt, Optional<Instant> finishedAt, RunStatus status, Optional<String> message,
                             int failuresInARow) {

    public static final String CIRCUIT_OPEN = "circuit open";

    public SourceRunState {
        Objects.requireNonNull(startedAt, "startedAt");
        finishedAt = Objects.requireNonNullElse(finishedAt, Optional.<Instant>empty());
        Objects.requireNonNull(status, "status");
        message = Objects.requireNonNullElse(message, Optional.<String>empty());
    }

    /** Whether the source's circuit breaker refused this run (the fault-tolerance fallback's message). */
    public boolean circuitOpen() {
        return message.map(text -> text.startsWith(CIRCUIT_OPEN)).orElse(false);
    }
}
