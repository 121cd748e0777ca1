package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.RunDailyBulkDataUseCase;
import io.cardvault.application.port.in.platform.WriteBulkDataUseCase;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The scheduled rewrite of the bulk files on one node: every node schedules it, the one that takes
 * the job's lease writes, the others skip (the files are shared; two writers would only repeat the work).
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RunDailyBulkDataService implements RunDailyBulkDataUseCase {

    static final String JOB = "bulk-data-daily";
    /** Held, not released: longer than a rewrite takes at full size, far shorter than the day until the next one. */
    static final Duration LEASE = Duration.ofHours(6);
    private static final Logger LOG = Logger.getLogger(RunDailyBulkDataService.class.getName());

    private final WriteBulkDataUseCase write;
    private final JobLeasePort leases;

    @Inject
    public RunDailyBulkDataService(WriteBulkDataUseCase write, JobLeasePort leases) {
        this.write = write;
        this.leases = leases;
    }

    /** For CDI's client proxy only. */
    protected RunDailyBulkDataService() {
        this(null, null);
    }

    @Override
    public boolean runDaily() {
        if (!leases.tryAcquire(JOB, LEASE)) {
            LOG.info("Bulk data rewrite skipped: another node holds it");
            return false;
        }
        write.writeAll();
        return true;
    }
}
