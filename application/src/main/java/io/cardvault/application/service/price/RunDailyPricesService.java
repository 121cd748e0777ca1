package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.DailyPriceRun;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestPricesUseCase;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.RunDailyPricesUseCase;
import io.cardvault.application.port.in.price.TakeDailySnapshotUseCase;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.PriceSource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily price run on one node: every node schedules it at the same time, the one that takes the
 * job's lease ingests each source's latest file (one transaction per file) and then takes the
 * snapshot, the others skip it. Without the lease, two nodes would fetch every upstream file twice
 * and write the same day at once, counting its new points twice.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RunDailyPricesService implements RunDailyPricesUseCase {

    static final String JOB = "prices-daily";
    /**
     * Held, not released: longer than a run takes (minutes for a full market) and than any clock skew
     * between nodes, far shorter than the day until the next run.
     */
    static final Duration LEASE = Duration.ofHours(6);
    private static final Logger LOG = Logger.getLogger(RunDailyPricesService.class.getName());
    private static final List<PriceSource> SOURCES = IngestPricesService.DAY_SOURCES;

    private final IngestPricesUseCase ingest;
    private final TakeDailySnapshotUseCase snapshot;
    private final JobLeasePort leases;

    @Inject
    public RunDailyPricesService(IngestPricesUseCase ingest, TakeDailySnapshotUseCase snapshot, JobLeasePort leases) {
        this.ingest = ingest;
        this.snapshot = snapshot;
        this.leases = leases;
    }

    /** For CDI's client proxy only. */
    protected RunDailyPricesService() {
        this(null, null, null);
    }

    @Override
    public Optional<DailyPriceRun> runDaily(LocalDate day) {
        if (!leases.tryAcquire(JOB, LEASE)) {
            LOG.info(() -> "Daily price run of " + day + " skipped: another node holds it");
            return Optional.empty();
        }
        List<IngestReport> reports = new ArrayList<>();
        for (PriceSource source : SOURCES) {
            try {
                reports.add(ingest.ingest(IngestPricesCommand.latest(source, day)));
            } catch (RuntimeException e) {
                // one source's trouble must not keep the others or the snapshot out
                LOG.log(Level.SEVERE, "Price ingest from " + source.code() + " failed", e);
            }
        }
        Integer rows = null;
        try {
            rows = snapshot.takeSnapshot(day);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Daily price snapshot failed", e);
        }
        return Optional.of(new DailyPriceRun(reports, rows));
    }
}
