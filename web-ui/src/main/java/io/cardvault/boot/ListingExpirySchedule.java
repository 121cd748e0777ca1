package io.cardvault.boot;

import io.cardvault.application.port.in.marketplace.ListingExpiryRun;
import io.cardvault.application.port.in.marketplace.RunListingExpiryUseCase;
import io.cardvault.application.service.marketplace.RenewalMailPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
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
class ListingExpirySchedule extends RepeatingJobSchedule {

    private static final Logger LOG = Logger.getLogger(ListingExpirySchedule.class.getName());
    /** Long enough after start for the database and the first requests to settle. */
    private static final long FIRST_RUN_DELAY_SECONDS = 120;

    private final RunListingExpiryUseCase expiry;
    private final Clock clock = Clock.systemUTC();

    @Inject
    ListingExpirySchedule(RunListingExpiryUseCase expiry,
                          @ConfigProperty(name = "CARDVAULT_LISTING_EXPIRY_MINUTES") long everyMinutes) {
        super("Listing expiry", "CARDVAULT_LISTING_EXPIRY_MINUTES", everyMinutes, FIRST_RUN_DELAY_SECONDS);
        this.expiry = expiry;
    }

    /** For CDI's client proxy only. */
    protected ListingExpirySchedule() {
        super("Listing expiry", "CARDVAULT_LISTING_EXPIRY_MINUTES", 0, FIRST_RUN_DELAY_SECONDS);
        this.expiry = null;
    }

    /** Dependent: a record cannot be proxied. */
    @Produces
    static RenewalMailPolicy renewalMailPolicy(Config config) {
        return new RenewalMailPolicy(URI.create(config.getValue("CARDVAULT_SITE_URL", String.class).strip()),
                RenewalMailPolicy.SPEC_REMIND_BEFORE, RenewalMailPolicy.SPEC_LINK_VALIDITY);
    }

    @Override
    protected void run() {
        ListingExpiryRun run = expiry.run(clock.instant());
        if (run.ran() && (run.expired() > 0 || run.reminded() > 0)) {
            LOG.info(() -> String.format(Locale.ROOT, "Listing expiry: %d expired, %d renewal mails", run.expired(),
                    run.reminded()));
        }
    }

    @Override
    protected Logger log() {
        return LOG;
    }
}
