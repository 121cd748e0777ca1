package io.cardvault.application.port.out;

import io.cardvault.application.port.out.platform.SourceRunState;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A run log in memory: each source's latest run and its failures since the last success. */
public class InMemorySourceRuns implements LoadSourceRunsPort {

    private final Map<PriceSource, SourceRunState> latest = new EnumMap<>(PriceSource.class);

    public synchronized void run(PriceSource source, RunStatus status, String message, Instant at) {
        SourceRunState before = latest.get(source);
        boolean failed = status == RunStatus.FAILED || status == RunStatus.REJECTED;
        int failures = failed ? (before == null ? 0 : before.failuresInARow()) + 1 : 0;
        latest.put(source, new SourceRunState(at, Optional.of(at), status, Optional.ofNullable(message), failures));
    }

    @Override
    public synchronized Map<PriceSource, SourceRunState> latestRuns() {
        return Map.copyOf(latest);
    }
}
