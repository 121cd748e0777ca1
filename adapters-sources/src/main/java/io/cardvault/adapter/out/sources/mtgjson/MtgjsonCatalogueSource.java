package io.cardvault.adapter.out.sources.mtgjson;

import io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the MTGJSON dump, source name {@code mtgjson}, in the folder of that name under
 * {@code CARDVAULT_CATALOGUE_DIR} (read in place, never copied).
 */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class MtgjsonCatalogueSource implements CatalogueDumpSource {

    static final String SOURCE = "mtgjson";
    private static final String DEFAULT_DIRECTORY = "../shared/data/catalogue";

    private final Path directory;

    @Inject
    MtgjsonCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    MtgjsonCatalogueSource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** For CDI's client proxy only. */
    protected MtgjsonCatalogueSource() {
        this.directory = null;
    }

    @Override
    public Optional<CatalogueFeed> open(String source) {
        if (!SOURCE.equals(source)) {
            return Optional.empty();
        }
        Path folder = directory.resolve(source);
        if (!Files.isRegularFile(folder.resolve(MtgjsonFeed.SETS)) || !Files.isRegularFile(folder.resolve(MtgjsonFeed.CARDS))) {
            return Optional.empty();
        }
        return Optional.of(MtgjsonFeed.open(folder));
    }
}
