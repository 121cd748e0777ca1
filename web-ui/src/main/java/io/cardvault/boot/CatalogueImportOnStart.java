package io.cardvault.boot;

import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportCatalogueUseCase;
import io.cardvault.domain.catalogue.CatalogueStats;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the catalogue when the node starts, in the background so the node serves meanwhile:
 * on the first start only ({@code on-first-start}, the default: when no card is stored yet), on
 * every start ({@code always}; a re-run changes nothing), or {@code never}.
 */
@ApplicationScoped
class CatalogueImportOnStart {

    /** After storage (100) and the cluster (200). */
    static final int STARTUP_PRIORITY = 300;

    private static final Logger LOG = Logger.getLogger(CatalogueImportOnStart.class.getName());

    enum Mode { ON_FIRST_START, ALWAYS, NEVER }

    private final ImportCatalogueUseCase importCatalogue;
    private final GetCatalogueStatsUseCase catalogueStats;
    private final ManagedExecutorService executor;
    private final Mode mode;
    private final List<String> sources;

    @Inject
    CatalogueImportOnStart(ImportCatalogueUseCase importCatalogue, GetCatalogueStatsUseCase catalogueStats,
                           ManagedExecutorService executor,
                           @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String mode,
                           @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String sources) {
        this.importCatalogue = importCatalogue;
        this.catalogueStats = catalogueStats;
        this.executor = executor;
        this.mode = parseMode(mode);
        this.sources = Arrays.stream(sources.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Mode parseMode(String text) {
        try {
            return Mode.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "CARDVAULT_CATALOGUE_IMPORT must be on-first-start, always or never, not '" + text + "'", e);
        }
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (mode == Mode.NEVER) {
            return;
        }
        long storedCards = catalogueStats.stats().map(CatalogueStats::cards).orElse(0L);
        if (mode == Mode.ON_FIRST_START && storedCards > 0) {
            LOG.info(() -> "Catalogue holds " + storedCards + " cards; no import on this start");
            return;
        }
        LOG.info(() -> "Importing the catalogue from " + sources + " in the background");
        executor.submit(this::importAll);
    }

    private void importAll() {
        for (String source : sources) {
            try {
                importCatalogue.importCatalogue(new ImportCatalogueCommand(source));
            } catch (RuntimeException e) {
                // one unreadable source must not keep the others out
                LOG.log(Level.SEVERE, "Catalogue import from " + source + " failed", e);
            }
        }
    }
}
