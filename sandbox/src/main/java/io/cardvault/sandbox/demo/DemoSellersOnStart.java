package io.cardvault.sandbox.demo;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code CARDVAULT_DEMO_SELLERS=on} (the demo run's default, beside the sandbox market), creates
 * the demo sellers once the catalogue import has finished (their listings name its cards), on the
 * server's managed executor; off, it does nothing.
 */
@ApplicationScoped
class DemoSellersOnStart {

    /** After the catalogue import was started (300), beside the price and bulk data schedules (400, 410). */
    static final int STARTUP_PRIORITY = 420;
    private static final long CATALOGUE_POLL_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(DemoSellersOnStart.class.getName());

    private final DemoSellers sellers;
    private final ListImportedCatalogueSourcesUseCase importedSources;
    private final ManagedScheduledExecutorService scheduler;
    private final boolean enabled;
    private final Set<String> catalogueSources;
    private final boolean catalogueNeverImported;
    private volatile ScheduledFuture<?> waiting;
    private volatile boolean done;

    @Inject
    DemoSellersOnStart(DemoSellers sellers, ListImportedCatalogueSourcesUseCase importedSources, ManagedScheduledExecutorService scheduler,
                       @ConfigProperty(name = "CARDVAULT_DEMO_SELLERS") String mode,
                       @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String catalogueSources,
                       @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String catalogueImport) {
        this.sellers = sellers;
        this.importedSources = importedSources;
        this.scheduler = scheduler;
        this.enabled = isOn(mode);
        this.catalogueSources = Arrays.stream(catalogueSources.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        this.catalogueNeverImported = "never".equalsIgnoreCase(catalogueImport.trim());
    }

    /** For CDI's client proxy only. */
    protected DemoSellersOnStart() {
        this.sellers = null;
        this.importedSources = null;
        this.scheduler = null;
        this.enabled = false;
        this.catalogueSources = Set.of();
        this.catalogueNeverImported = false;
    }

    /** {@code on} or {@code off}; anything else stops the start, as the other switches do. */
    static boolean isOn(String mode) {
        String value = mode.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw new IllegalArgumentException("CARDVAULT_DEMO_SELLERS must be on or off, not '" + mode + "'");
        }
        return value.equals("on");
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (enabled) {
            waiting = scheduler.scheduleWithFixedDelay(this::createWhenCatalogueIsIn, 0, CATALOGUE_POLL_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void createWhenCatalogueIsIn() {
        try {
            if (done || !catalogueNeverImported && !importedSources.importedSources().containsAll(catalogueSources)) {
                return;
            }
            sellers.createMissing();
            done = true;
            waiting.cancel(false);
        } catch (RuntimeException e) {
            // the database may still be starting: the next poll asks again (until the sellers were tried once)
            LOG.log(Level.FINE, "demo sellers not created yet", e);
        }
    }

    @PreDestroy
    void stop() {
        if (waiting != null) {
            waiting.cancel(false);
        }
    }
}
