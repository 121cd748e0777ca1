package io.cardvault.adapter.out.sources.fab;

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
 * Opens the Flesh and Blood export, source name {@code fab}, in the folder of that name under
 * {@code CARDVAULT_CATALOGUE_DIR} (read in place, never copied).
 */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class FabCatalogueSource implements CatalogueDumpSource {

    static final String SOURCE = "fab";
    private static final String DEFAULT_DIRECTORY = "../shared/data/catalogue";

    private final Path directory;

    @Inject
    FabCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    FabCatalogueSource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** For CDI's client proxy only. */
    protected FabCatalogueSource() {
        this.directory = null;
    }

    @Override
    public Optional<CatalogueFeed> open(String source) {
        if (!SOURCE.equals(source)) {
            return Optional.empty();
        }
        Path folder = directory.resolve(source);
        if (!Files.isRegularFile(folder.resolve(FabFeed.CARDS)) || !Files.isRegularFile(folder.resolve(FabFeed.RELEASES))) {
            return Optional.empty();
        }
        return Optional.of(FabFeed.open(folder));
    }
}
