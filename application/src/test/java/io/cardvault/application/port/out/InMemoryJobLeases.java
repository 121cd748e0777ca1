package io.cardvault.application.port.out;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Job leases in memory, shared by as many "nodes" as a test asks for; as the table, a lease lasts until its time runs out. */
public class InMemoryJobLeases {

    private record Lease(String holder, Instant until) {
    }

    private final Map<String, Lease> leases = new HashMap<>();
    private final Clock clock;

    public InMemoryJobLeases() {
        this(Clock.systemUTC());
    }

    public InMemoryJobLeases(Clock clock) {
        this.clock = clock;
    }

    /** The port as the node {@code holder} sees these leases. */
    public JobLeasePort node(String holder) {
        return (job, ttl) -> tryAcquire(holder, job, ttl);
    }

    private synchronized boolean tryAcquire(String holder, String job, Duration ttl) {
        Instant now = clock.instant();
        Lease current = leases.get(job);
        if (current != null && !current.holder().equals(holder) && current.until().isAfter(now)) {
            return false;
        }
        leases.put(job, new Lease(holder, now.plus(ttl)));
        return true;
    }
}
