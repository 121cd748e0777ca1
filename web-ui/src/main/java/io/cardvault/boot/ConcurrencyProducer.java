package io.cardvault.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Produces;

/** Makes the server's managed executor injectable (Jakarta Concurrency 3.0 offers it by lookup only). */
@ApplicationScoped
class ConcurrencyProducer {

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;
}
