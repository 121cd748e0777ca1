package io.cardvault.boot;

import io.cardvault.application.port.in.scan.PurgeExpiredScanSessionsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the scan-session purge ({@code cardvault-expire-scan-sessions}) every
 * {@code CARDVAULT_SCAN_PURGE_MINUTES} (60) on the managed scheduled executor; every node schedules
 * it and the job's lease lets one node run it ({@code 0} turns it off).
 */
@ApplicationScoped
class ScanSessionPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(ScanSessionPurgeSchedule.class.getName());
    /** Long enough after start for the database and the first requests to settle. */
    private static final long FIRST_RUN_DELAY_SECONDS = 180;

    private final PurgeExpiredScanSessionsUseCase purge;
    private final long everyMinutes;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledFuture<?> running;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    ScanSessionPurgeSchedule(PurgeExpiredScanSessionsUseCase purge,
                             @ConfigProperty(name = "CARDVAULT_SCAN_PURGE_MINUTES") long everyMinutes) {
        if (everyMinutes < 0) {
            throw new IllegalArgumentException("CARDVAULT_SCAN_PURGE_MINUTES is a number of minutes, 0 for off: " + everyMinutes);
        }
        this.purge = purge;
        this.everyMinutes = everyMinutes;
    }

    /** For CDI's client proxy only. */
    protected ScanSessionPurgeSchedule() {
        this.purge = null;
        this.everyMinutes = 0;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (everyMinutes == 0) {
            LOG.info("Scan session purge off (CARDVAULT_SCAN_PURGE_MINUTES=0)");
            return;
        }
        running = scheduler.scheduleAtFixedRate(this::runOnce, FIRST_RUN_DELAY_SECONDS,
                TimeUnit.MINUTES.toSeconds(everyMinutes), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }

    void runOnce() {
        try {
            int purged = purge.purge(clock.instant());
            if (purged > 0) {
                LOG.info(() -> "Scan sessions: " + purged + " expired sessions purged with their photos");
            }
        } catch (RuntimeException e) {
            // a thrown task would stop the schedule: the next run must still happen
            LOG.log(Level.SEVERE, "Scan session purge failed", e);
        }
    }
}
