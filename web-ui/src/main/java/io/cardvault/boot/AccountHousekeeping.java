package io.cardvault.boot;

import io.cardvault.application.port.in.account.FlushApiKeyUsageUseCase;
import io.cardvault.application.port.in.account.PurgeDeletedAccountsUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts' periodic jobs on the server's managed scheduled executor (the {@code concurrent-3.0}
 * feature's default one): removing accounts past their deletion grace, and writing this node's
 * key-usage tallies. Each run is its own use case call, so its own transaction; a failed run is
 * logged and the next one tries again. On shutdown the tallies are written one last time.
 */
@ApplicationScoped
class AccountHousekeeping {

    /** After storage (100) and the cluster (200). */
    static final int STARTUP_PRIORITY = 300;

    private static final Logger LOG = Logger.getLogger(AccountHousekeeping.class.getName());

    private final PurgeDeletedAccountsUseCase purge;
    private final FlushApiKeyUsageUseCase flush;
    private final ManagedScheduledExecutorService scheduler;
    private final long purgeIntervalSeconds;
    private final long flushIntervalSeconds;
    private final List<ScheduledFuture<?>> jobs = new CopyOnWriteArrayList<>();

    @Inject
    AccountHousekeeping(PurgeDeletedAccountsUseCase purge, FlushApiKeyUsageUseCase flush,
                        ManagedScheduledExecutorService scheduler,
                        @ConfigProperty(name = "CARDVAULT_ACCOUNT_PURGE_INTERVAL_SECONDS") long purgeIntervalSeconds,
                        @ConfigProperty(name = "CARDVAULT_KEY_USAGE_FLUSH_SECONDS") long flushIntervalSeconds) {
        if (purgeIntervalSeconds < 1 || flushIntervalSeconds < 1) {
            throw new IllegalArgumentException("housekeeping intervals must be at least 1 second");
        }
        this.purge = purge;
        this.flush = flush;
        this.scheduler = scheduler;
        this.purgeIntervalSeconds = purgeIntervalSeconds;
        this.flushIntervalSeconds = flushIntervalSeconds;
    }

    /** For CDI's client proxy only. */
    protected AccountHousekeeping() {
        this.purge = null;
        this.flush = null;
        this.scheduler = null;
        this.purgeIntervalSeconds = 0;
        this.flushIntervalSeconds = 0;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        jobs.add(scheduler.scheduleWithFixedDelay(this::purgeDue, purgeIntervalSeconds, purgeIntervalSeconds,
                TimeUnit.SECONDS));
        jobs.add(scheduler.scheduleWithFixedDelay(this::flushUsage, flushIntervalSeconds, flushIntervalSeconds,
                TimeUnit.SECONDS));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        jobs.forEach(job -> job.cancel(false));
        flushUsage();
    }

    void purgeDue() {
        try {
            int removed = purge.purgeDue();
            if (removed > 0) {
                LOG.info(() -> "Removed " + removed + " account(s) whose deletion grace period had passed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Account purge failed; the next run tries again", e);
        }
    }

    void flushUsage() {
        try {
            flush.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing API key usage failed; the counts are kept for the next run", e);
        }
    }
}
