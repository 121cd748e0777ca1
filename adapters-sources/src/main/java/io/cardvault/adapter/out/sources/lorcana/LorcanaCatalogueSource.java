package io.cardvault.adapter.out.sources.lorcana;

import io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource;
import io.cardvault.adapter.out.sources.catalogue.DumpFolderSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens the Disney Lorcana data, source name {@code lorcana}, in the folder of that name under {@code CARDVAULT_CATALOGUE_DIR}. */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class LorcanaCatalogueSource extends DumpFolderSource {

    static final String SOURCE = "lorcana";

    @Inject
    LorcanaCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    LorcanaCatalogueSource(Path directory) {
        super(directory);
    }

    /** For CDI's client proxy only. */
    protected LorcanaCatalogueSource() {
        super(null);
    }

    @Override
    protected boolean reads(String source) {
        return SOURCE.equals(source);
    }

    @Override
    protected List<String> requiredFiles() {
        return List.of(LorcanaFeed.PRINTINGS, LorcanaFeed.SETS);
    }

    @Override
    protected CatalogueFeed read(String source, Path folder) {
        return LorcanaFeed.open(folder);
    }
}
