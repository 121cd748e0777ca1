package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.PurgeExpiredScanSessionsUseCase;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.port.out.ScanPhotoStorePort;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The hourly purge ({@code cardvault-expire-scan-sessions}), on the node that takes its lease: the
 * rows go in this transaction, the photos with them (a photo whose delete fails is an orphan file
 * in a directory nobody serves any more, not a leak of a live session).
 */
@UseCase
public class PurgeExpiredScanSessionsService implements PurgeExpiredScanSessionsUseCase {

    static final String JOB = "cardvault-expire-scan-sessions";
    /** Shorter than the hourly schedule: a node that died mid-run holds the job no longer than this. */
    static final Duration LEASE = Duration.ofMinutes(50);
    static final int BATCH = 1_000;

    private final JobLeasePort leases;
    private final ScanSessionStorePort store;
    private final ScanPhotoStorePort photos;

    @Inject
    public PurgeExpiredScanSessionsService(JobLeasePort leases, ScanSessionStorePort store, ScanPhotoStorePort photos) {
        this.leases = leases;
        this.store = store;
        this.photos = photos;
    }

    /** For CDI's client proxy only. */
    protected PurgeExpiredScanSessionsService() {
        this(null, null, null);
    }

    @Override
    public int purge(Instant now) {
        if (!leases.tryAcquire(JOB, LEASE)) {
            return -1;
        }
        List<ScanSessionId> expired = store.findExpired(now, BATCH);
        if (expired.isEmpty()) {
            return 0;
        }
        int deleted = store.delete(expired);
        expired.forEach(photos::deleteAll);
        return deleted;
    }
}
