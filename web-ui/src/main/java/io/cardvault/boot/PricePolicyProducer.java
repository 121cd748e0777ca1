package io.cardvault.boot;

import io.cardvault.adapter.in.web.DemoPrices;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.application.service.price.PriceIngestPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns the price settings into the typed policy the ingest receives. */
@ApplicationScoped
class PricePolicyProducer {

    private final boolean sandbox;
    private final Showcase showcase;

    @Inject
    PricePolicyProducer(@ConfigProperty(name = "CARDVAULT_SANDBOX_MARKET") String sandbox,
                        @ConfigProperty(name = "CARDVAULT_PRICES_SHOWCASE_SETS") String showcaseSets,
                        @ConfigProperty(name = "CARDVAULT_PRICES_SHOWCASE_NEWEST_SETS") int newestSets,
                        @ConfigProperty(name = "CARDVAULT_PRICES_SHOWCASE_RARITIES") String rarities) {
        this.sandbox = DemoPrices.isOn(sandbox);
        this.showcase = new Showcase(PriceIngestSchedule.list(showcaseSets), newestSets, PriceIngestSchedule.list(rarities));
    }

    /** For CDI's client proxy only. */
    protected PricePolicyProducer() {
        this.sandbox = false;
        this.showcase = null;
    }

    /** The cards whose long history a backfill writes (Dependent: a record cannot be proxied). */
    @Produces
    Showcase showcase() {
        return showcase;
    }

    /** Dependent: a record cannot be proxied. */
    @Produces
    PriceIngestPolicy priceIngestPolicy() {
        return new PriceIngestPolicy(sandbox);
    }
}
