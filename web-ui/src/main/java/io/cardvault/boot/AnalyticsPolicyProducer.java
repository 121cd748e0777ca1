package io.cardvault.boot;

import io.cardvault.application.service.analytics.AnalyticsPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Turns the analytics settings into the typed policy the application receives. */
@ApplicationScoped
class AnalyticsPolicyProducer {

    /** The routes' largest limit (movers, hot, top predictions cap at 50). */
    static final int CACHED_LIST_SIZE = 50;

    /** Dependent: a record cannot be proxied. */
    @Produces
    AnalyticsPolicy analyticsPolicy(Config config) {
        return new AnalyticsPolicy(Duration.ofSeconds(config.getValue("CARDVAULT_ANALYTICS_CARD_TTL_SECONDS", Long.class)),
                CACHED_LIST_SIZE);
    }
}
