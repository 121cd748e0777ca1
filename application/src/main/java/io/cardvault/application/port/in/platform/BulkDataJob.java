package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.BulkFile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A rewrite of the bulk files an administrator started on this node: running, then completed with its files or failed with why. */
public record BulkDataJob(long number, State state, Instant startedAt, Optional<Instant> finishedAt, List<BulkFile> files,
                          Optional<String> failure) {

    public BulkDataJob {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        finishedAt = Objects.requireNonNullElse(finishedAt, Optional.<Instant>empty());
        files = List.copyOf(files);
        failure = Objects.requireNonNullElse(failure, Optional.<String>empty());
    }

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
