package io.cardvault.boot;

import io.cardvault.application.service.realtime.RealtimePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;

/** Turns the real-time connection limit into the typed policy the application receives. */
@ApplicationScoped
class RealtimePolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    RealtimePolicy realtimePolicy(Config config) {
        return new RealtimePolicy(config.getValue("CARDVAULT_REALTIME_MAX_CONNECTIONS", Integer.class));
    }
}
