package io.cardvault.boot;

import io.cardvault.application.port.in.marketplace.ListingExpiryRun;
import io.cardvault.application.port.in.marketplace.RunListingExpiryUseCase;
import io.cardvault.application.service.marketplace.RenewalMailPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the listing-expiry job every {@code CARDVAULT_LISTING_EXPIRY_MINUTES} (60) on the server's
 * managed scheduled executor; every node schedules it and the job's lease lets one node run it
 * ({@code 0} turns it off). Also produces the job's mail policy: the site's address for the renewal
 * links, and the spec's seven days both for the reminder window and the link's life.
 */
@ApplicationScoped
class ListingExpirySchedule {

    private static final Logger LOG = Logger.getLogger(ListingExpirySchedule.class.getName());
    /** Long enough after start for the database and the first requests to settle. */
    private static final long FIRST_RUN_DELAY_SECONDS = 120;

    private final RunListingExpiryUseCase expiry;
    private final long everyMinutes;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledFuture<?> running;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    ListingExpirySchedule(RunListingExpiryUseCase expiry,
                          @ConfigProperty(name = "CARDVAULT_LISTING_EXPIRY_MINUTES") long everyMinutes) {
        if (everyMinutes < 0) {
            throw new IllegalArgumentException("CARDVAULT_LISTING_EXPIRY_MINUTES is a number of minutes, 0 for off: " + everyMinutes);
        }
        this.expiry = expiry;
        this.everyMinutes = everyMinutes;
    }

    /** For CDI's client proxy only. */
    protected ListingExpirySchedule() {
        this.expiry = null;
        this.everyMinutes = 0;
    }

    /** Dependent: a record cannot be proxied. */
    @Produces
    static RenewalMailPolicy renewalMailPolicy(Config config) {
        return new RenewalMailPolicy(URI.create(config.getValue("CARDVAULT_SITE_URL", String.class).strip()),
                RenewalMailPolicy.SPEC_REMIND_BEFORE, RenewalMailPolicy.SPEC_LINK_VALIDITY);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (everyMinutes == 0) {
            LOG.info("Listing expiry job off (CARDVAULT_LISTING_EXPIRY_MINUTES=0)");
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
            ListingExpiryRun run = expiry.run(clock.instant());
            if (run.ran() && (run.expired() > 0 || run.reminded() > 0)) {
                LOG.info(() -> String.format(Locale.ROOT, "Listing expiry: %d expired, %d renewal mails", run.expired(),
                        run.reminded()));
            }
        } catch (RuntimeException e) {
            // a thrown task would stop the schedule: the next run must still happen
            LOG.log(Level.SEVERE, "Listing expiry run failed", e);
        }
    }
}
