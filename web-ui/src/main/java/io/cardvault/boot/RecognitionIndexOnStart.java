package io.cardvault.boot;

import io.cardvault.application.port.in.catalogue.ListImportedCatalogueSourcesUseCase;
import io.cardvault.application.port.in.recognition.BuildRecognitionIndexUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the recognizer's references in the background once the catalogue import has finished
 * (every configured source imported to its end, or imports switched off), so the node serves
 * meanwhile; recognitions answer 503 until then. {@code CARDVAULT_RECOGNITION_INDEX=never} keeps
 * recognition off (detect still works).
 */
@ApplicationScoped
class RecognitionIndexOnStart {

    /** After the catalogue import has been started. */
    static final int STARTUP_PRIORITY = CatalogueImportOnStart.STARTUP_PRIORITY + 10;
    private static final long POLL_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(RecognitionIndexOnStart.class.getName());

    private final BuildRecognitionIndexUseCase buildIndex;
    private final ListImportedCatalogueSourcesUseCase importedSources;
    private final Executor executor;
    private final boolean enabled;
    private final boolean importsOff;
    private final List<String> sources;

    @Inject
    RecognitionIndexOnStart(BuildRecognitionIndexUseCase buildIndex, ListImportedCatalogueSourcesUseCase importedSources,
                            Executor executor,
                            @ConfigProperty(name = "CARDVAULT_RECOGNITION_INDEX") String mode,
                            @ConfigProperty(name = "CARDVAULT_CATALOGUE_IMPORT") String importMode,
                            @ConfigProperty(name = "CARDVAULT_CATALOGUE_SOURCES") String sources) {
        this.buildIndex = buildIndex;
        this.importedSources = importedSources;
        this.executor = executor;
        this.enabled = parseMode(mode);
        this.importsOff = CatalogueImportOnStart.parseMode(importMode) == CatalogueImportOnStart.Mode.NEVER;
        this.sources = CatalogueImportOnStart.parseSources(sources);
    }

    static boolean parseMode(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on-start" -> true;
            case "never" -> false;
            default -> throw new IllegalArgumentException(
                    "CARDVAULT_RECOGNITION_INDEX must be on-start or never, not '" + text + "'");
        };
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (!enabled) {
            LOG.info("Card recognition is off (CARDVAULT_RECOGNITION_INDEX=never)");
            return;
        }
        executor.execute(this::buildWhenCatalogueImported);
    }

    private void buildWhenCatalogueImported() {
        try {
            while (!importsOff && !importedSources.importedSources().containsAll(Set.copyOf(sources))) {
                Thread.sleep(POLL_MILLIS);
            }
            LOG.info("Building the card recognition index from the catalogue");
            int cards = buildIndex.buildIndex();
            LOG.info(() -> "Card recognition ready: " + cards + " catalogue cards indexed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Building the card recognition index failed; recognitions answer 503", e);
        }
    }
}
