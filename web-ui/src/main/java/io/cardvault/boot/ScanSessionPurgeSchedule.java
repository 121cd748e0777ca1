package io.cardvault.boot;

import io.cardvault.application.port.in.scan.PurgeExpiredScanSessionsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the scan-session purge ({@code cardvault-expire-scan-sessions}) every
 * {@code CARDVAULT_SCAN_PURGE_MINUTES} (60); every node schedules it and the job's lease lets one
 * node run it ({@code 0} turns it off).
 */
@ApplicationScoped
class ScanSessionPurgeSchedule extends RepeatingJobSchedule {

    private static final Logger LOG = Logger.getLogger(ScanSessionPurgeSchedule.class.getName());
    private static final long FIRST_RUN_DELAY_SECONDS = 180;

    private final PurgeExpiredScanSessionsUseCase purge;
    private final Clock clock = Clock.systemUTC();

    @Inject
    ScanSessionPurgeSchedule(PurgeExpiredScanSessionsUseCase purge,
                             @ConfigProperty(name = "CARDVAULT_SCAN_PURGE_MINUTES") long everyMinutes) {
        super("Scan session purge", "CARDVAULT_SCAN_PURGE_MINUTES", everyMinutes, FIRST_RUN_DELAY_SECONDS);
        this.purge = purge;
    }

    /** For CDI's client proxy only. */
    protected ScanSessionPurgeSchedule() {
        super("Scan session purge", "CARDVAULT_SCAN_PURGE_MINUTES", 0, FIRST_RUN_DELAY_SECONDS);
        this.purge = null;
    }

    @Override
    protected void run() {
        int purged = purge.purge(clock.instant());
        if (purged > 0) {
            LOG.info(() -> "Scan sessions: " + purged + " expired sessions purged with their photos");
        }
    }

    @Override
    protected Logger log() {
        return LOG;
    }
}
