package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource;
import io.cardvault.adapter.out.sources.catalogue.DumpFolderSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens a tcgdex dump ({@code tcgdex-en}, {@code tcgdex-asia}…) by folder name under {@code CARDVAULT_CATALOGUE_DIR}. */
@ApplicationScoped
@Typed(CatalogueDumpSource.class)
class TcgdexCatalogueSource extends DumpFolderSource {

    private static final Pattern TCGDEX_FOLDER = Pattern.compile("tcgdex-[a-z0-9-]+");

    @Inject
    TcgdexCatalogueSource(@ConfigProperty(name = "CARDVAULT_CATALOGUE_DIR", defaultValue = DEFAULT_DIRECTORY) String directory) {
        this(Path.of(directory));
    }

    TcgdexCatalogueSource(Path directory) {
        super(directory);
    }

    /** For CDI's client proxy only. */
    protected TcgdexCatalogueSource() {
        super(null);
    }

    @Override
    protected boolean reads(String source) {
        return TCGDEX_FOLDER.matcher(source).matches();
    }

    @Override
    protected List<String> requiredFiles() {
        return List.of(TcgdexFeed.SETS, TcgdexFeed.CARDS);
    }

    @Override
    protected CatalogueFeed read(String source, Path folder) {
        return TcgdexFeed.open(source, folder);
    }
}
