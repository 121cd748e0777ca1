package io.cardvault.application.port.in.scan;

import java.time.Instant;

/**
 * Use case: the hourly purge, on the one node holding its lease: deletes sessions expired at
 * {@code now} with their photos. Answers how many went, or -1 when another node holds the lease.
 */
public interface PurgeExpiredScanSessionsUseCase {

    int purge(Instant now);
}
