package io.cardvault.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

/** Makes the server's managed executors injectable (Jakarta Concurrency 3.0 offers them by lookup only). */
@ApplicationScoped
class ConcurrencyProducer {

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    /**
     * Periodic jobs (account purge, key-usage flush) on the server's threads with its context; typed
     * narrowly so injection points asking for a plain {@code Executor} still find one bean.
     */
    @Produces
    @Typed(ManagedScheduledExecutorService.class)
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;
}
