package io.cardvault.boot;

import io.cardvault.application.service.notification.PriceWatchPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import org.eclipse.microprofile.config.Config;

/** Turns the site's public address into the typed policy the price watches' mails link with. */
@ApplicationScoped
class PriceWatchPolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    PriceWatchPolicy priceWatchPolicy(Config config) {
        return new PriceWatchPolicy(URI.create(config.getValue("CARDVAULT_SITE_URL", String.class)));
    }
}
