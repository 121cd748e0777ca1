package io.cardvault.boot;

import io.cardvault.application.service.account.RateLimitPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;

/** Turns the rate-limit settings into the typed policy the application receives. */
@ApplicationScoped
class AccountPolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    RateLimitPolicy rateLimitPolicy(Config config) {
        return new RateLimitPolicy(config.getValue("CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE", Long.class));
    }
}
