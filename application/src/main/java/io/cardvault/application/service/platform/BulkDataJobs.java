package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.BulkDataJob;
import io.cardvault.application.port.in.platform.BulkDataJob.State;
import io.cardvault.application.port.in.platform.BulkDataWriteRunningException;
import io.cardvault.application.port.in.platform.WriteBulkDataUseCase;
import io.cardvault.domain.platform.BulkFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's one slot for rewrites an administrator starts: runs the rewrite on the server's
 * executor, so the request answers at once, and keeps the latest job for operators to follow.
 */
@ApplicationScoped
public class BulkDataJobs {

    private static final Logger LOG = Logger.getLogger(BulkDataJobs.class.getName());

    private final WriteBulkDataUseCase write;
    private final Executor executor;
    private final Clock clock;
    private BulkDataJob latest;
    private long started;

    @Inject
    public BulkDataJobs(WriteBulkDataUseCase write, Executor executor) {
        this(write, executor, Clock.systemUTC());
    }

    public BulkDataJobs(WriteBulkDataUseCase write, Executor executor, Clock clock) {
        this.write = write;
        this.executor = executor;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected BulkDataJobs() {
        this(null, null, null);
    }

    synchronized BulkDataJob start() {
        if (latest != null && latest.state() == State.RUNNING) {
            throw new BulkDataWriteRunningException();
        }
        BulkDataJob job = new BulkDataJob(++started, State.RUNNING, clock.instant(), Optional.empty(), List.of(), Optional.empty());
        latest = job;
        executor.execute(() -> run(job));
        return job;
    }

    synchronized Optional<BulkDataJob> latest() {
        return Optional.ofNullable(latest);
    }

    private void run(BulkDataJob job) {
        try {
            List<BulkFile> files = write.writeAll();
            finish(new BulkDataJob(job.number(), State.COMPLETED, job.startedAt(), Optional.of(clock.instant()), files,
                    Optional.empty()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Bulk data rewrite failed", e);
            finish(new BulkDataJob(job.number(), State.FAILED, job.startedAt(), Optional.of(clock.instant()), List.of(),
                    Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    private synchronized void finish(BulkDataJob job) {
        latest = job;
    }
}
