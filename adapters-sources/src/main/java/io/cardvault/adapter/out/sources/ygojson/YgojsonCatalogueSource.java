package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource;
import io.cardvault.adapter.out.sources.catalogue.DumpFolderSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the YGOJSON dump, source name {@code ygojson}, in the folder of that name under {@code CARDVAULT_CATALOGUE_DIR}. */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class YgojsonCatalogueSource extends DumpFolderSource {

    static final String SOURCE = "ygojson";

    @Inject
    YgojsonCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    YgojsonCatalogueSource(Path directory) {
        super(directory);
    }

    /** For CDI's client proxy only. */
    protected YgojsonCatalogueSource() {
        super(null);
    }

    @Override
    protected boolean reads(String source) {
        return SOURCE.equals(source);
    }

    @Override
    protected List<String> requiredFiles() {
        return List.of(YgojsonFeed.SETS, YgojsonFeed.CARDS);
    }

    @Override
    protected CatalogueFeed read(String source, Path folder) {
        return YgojsonFeed.open(folder);
    }
}
