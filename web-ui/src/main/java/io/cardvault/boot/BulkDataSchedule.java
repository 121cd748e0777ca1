package io.cardvault.boot;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.in.platform.ListBulkFilesUseCase;
import io.cardvault.application.port.in.platform.RunDailyBulkDataUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Schedules the bulk data files on the server's managed scheduled executor, when
 * {@code CARDVAULT_BULK_DATA=daily}: once the catalogue import has finished, the first files if none
 * were ever written (so a fresh demo has them), then every day at {@code CARDVAULT_BULK_DATA_AT}
 * (UTC; after the daily price run's default 04:30, so the prices file holds that day). Every node
 * schedules it; the one that takes the job's lease writes. A rewrite runs on one managed thread and
 * reads the store in small chunks, so requests keep being served meanwhile.
 */
@ApplicationScoped
class BulkDataSchedule {

    /** After the catalogue import was started (300), beside the price schedule (400). */
    static final int STARTUP_PRIORITY = 410;
    private static final Logger LOG = Logger.getLogger(BulkDataSchedule.class.getName());

    private final RunDailyBulkDataUseCase daily;
    private final ListBulkFilesUseCase files;
    private final ListImportedCatalogueSourcesUseCase importedSources;
    private final ManagedScheduledExecutorService scheduler;
    private final boolean enabled;
    private final LocalTime writeAt;
    private final Set<String> catalogueSources;
    private final boolean catalogueNeverImported;
    private volatile AfterCatalogueThenDaily schedule;

    @Inject
    BulkDataSchedule(RunDailyBulkDataUseCase daily, ListBulkFilesUseCase files, ListImportedCatalogueSourcesUseCase importedSources,
                     ManagedScheduledExecutorService scheduler,
                     @ConfigProperty(name = "CARDVAULT_BULK_DATA") String mode,
                     @ConfigProperty(name = "CARDVAULT_BULK_DATA_AT") String writeAt,
                     @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String catalogueSources,
                     @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String catalogueImport) {
        this.daily = daily;
        this.files = files;
        this.importedSources = importedSources;
        this.scheduler = scheduler;
        this.enabled = PriceIngestSchedule.choice(mode, "CARDVAULT_BULK_DATA", "daily", "never");
        this.writeAt = LocalTime.parse(writeAt.trim());
        this.catalogueSources = PriceIngestSchedule.list(catalogueSources);
        this.catalogueNeverImported = "never".equalsIgnoreCase(catalogueImport.trim());
    }

    /** For CDI's client proxy only. */
    protected BulkDataSchedule() {
        this.daily = null;
        this.files = null;
        this.importedSources = null;
        this.scheduler = null;
        this.enabled = false;
        this.writeAt = null;
        this.catalogueSources = null;
        this.catalogueNeverImported = false;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (!enabled) {
            return;
        }
        schedule = new AfterCatalogueThenDaily(scheduler,
                () -> catalogueNeverImported || importedSources.importedSources().containsAll(catalogueSources), "bulk data rewrite",
                Clock.systemUTC());
        schedule.start(Optional.of(this::firstFiles), Optional.of(writeAt), daily::runDaily);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    /** The first files, when none were ever written (a fresh demo, a new shared folder). */
    private void firstFiles() {
        if (files.list().isEmpty()) {
            LOG.info("No bulk data files yet: writing the first ones");
            daily.runDaily();
        }
    }
}
