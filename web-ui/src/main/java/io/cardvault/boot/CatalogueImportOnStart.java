package io.cardvault.boot;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.in.catalogue.StartCatalogueImportUseCase;
import io.cardvault.application.service.catalogue.CatalogueImportPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the catalogue when the node starts, in the background so the node serves meanwhile:
 * until each source has been imported to its end once ({@code on-first-start}, the default: a
 * start that was stopped half-way through an import finishes it on the next start), on every
 * start ({@code always}; a re-run changes nothing), or {@code never}. It takes the node's one
 * import slot, as an operator's on-demand import does ({@code POST /api/admin/catalogue/import}).
 */
@ApplicationScoped
class CatalogueImportOnStart {

    /** After storage (100) and the cluster (200). */
    static final int STARTUP_PRIORITY = 300;

    private static final Logger LOG = Logger.getLogger(CatalogueImportOnStart.class.getName());

    enum Mode { ON_FIRST_START, ALWAYS, NEVER }

    private final StartCatalogueImportUseCase startImport;
    private final ListImportedCatalogueSourcesUseCase importedSources;
    private final Mode mode;
    private final List<String> sources;

    @Inject
    CatalogueImportOnStart(StartCatalogueImportUseCase startImport, ListImportedCatalogueSourcesUseCase importedSources,
                           @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String mode,
                           @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String sources) {
        this.startImport = startImport;
        this.importedSources = importedSources;
        this.mode = parseMode(mode);
        this.sources = parseSources(sources);
    }

    /** The configured sources, for the import slot (Dependent: a record cannot be proxied). */
    @Produces
    CatalogueImportPolicy catalogueImportPolicy() {
        return new CatalogueImportPolicy(sources);
    }

    /** {@code CARDVAULT_CATALOGUE_SOURCES}: comma-separated, blanks ignored. */
    static List<String> parseSources(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
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
        List<String> due = sourcesDue();
        if (due.isEmpty()) {
            return;
        }
        LOG.info(() -> "Importing the catalogue from " + due + " in the background");
        startImport.start(due);
    }

    /** The sources this start imports, in their configured order. */
    List<String> sourcesDue() {
        if (mode == Mode.NEVER) {
            return List.of();
        }
        if (mode == Mode.ALWAYS) {
            return sources;
        }
        Set<String> done = importedSources.importedSources();
        List<String> due = sources.stream().filter(source -> !done.contains(source)).toList();
        if (due.isEmpty()) {
            LOG.info(() -> "Catalogue sources " + sources + " were imported before; no import on this start");
        }
        return due;
    }
}
