package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a tcgdex dump by folder name under {@code CARDVAULT_CATALOGUE_DIR}. The default is the
 * demo data beside the project ({@code ../shared/data/catalogue}); a relative path resolves
 * against the JVM's working directory, so servers whose working directory is not the project
 * root set the variable to an absolute path. The data is read in place, never copied.
 */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class TcgdexCatalogueSource implements CatalogueDumpSource {

    static final String DEFAULT_DIRECTORY = "../shared/data/catalogue";
    private static final Pattern TCGDEX_FOLDER = Pattern.compile("tcgdex-[a-z0-9-]+");

    private final Path directory;

    @Inject
    TcgdexCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    TcgdexCatalogueSource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** For CDI's client proxy only. */
    protected TcgdexCatalogueSource() {
        this.directory = null;
    }

    @Override
    public Optional<CatalogueFeed> open(String source) {
        if (!TCGDEX_FOLDER.matcher(source).matches()) {
            return Optional.empty();
        }
        Path folder = directory.resolve(source);
        if (!Files.isRegularFile(folder.resolve(TcgdexFeed.SETS)) || !Files.isRegularFile(folder.resolve(TcgdexFeed.CARDS))) {
            return Optional.empty();
        }
        return Optional.of(TcgdexFeed.open(source, folder));
    }
}
