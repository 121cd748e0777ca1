package io.cardvault.application.port.in.platform;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One line of the status page: a target (the API, the database, the cluster, an upstream source,
 * an index), its state, when it was checked, how long the check took, and facts for operators.
 */
public record TargetStatus(String target, State state, Instant lastCheck, OptionalLong latencyMillis,
                           Map<String, String> details) {

    public TargetStatus {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastCheck, "lastCheck");
        Objects.requireNonNull(latencyMillis, "latencyMillis");
        details = Map.copyOf(details);
    }

    /** How a target fares: serving, serving with trouble (a source's last run failed, an index still building), not serving, or never seen. */
    public enum State {
        OPERATIONAL,
        DEGRADED,
        DOWN,
        UNKNOWN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
