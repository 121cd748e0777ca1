package io.cardvault.boot;

import io.cardvault.application.service.trust.VerificationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Turns the verification routes' settings into the policy the trust use cases receive. */
@ApplicationScoped
class TrustPolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    VerificationPolicy verificationPolicy(Config config) {
        return new VerificationPolicy(config.getValue("CARDVAULT_VERIFY_PER_MINUTE", Long.class),
                Duration.ofSeconds(config.getValue("CARDVAULT_VERIFY_CACHE_SECONDS", Long.class)),
                Duration.ofMillis(config.getValue("CARDVAULT_VERIFY_ANSWER_FLOOR_MS", Long.class)),
                config.getValue("CARDVAULT_VERIFY_PHOTO_THRESHOLD", Integer.class));
    }
}
