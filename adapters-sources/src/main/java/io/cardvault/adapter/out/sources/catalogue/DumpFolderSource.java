package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A dump format read from folders under {@code CARDVAULT_CATALOGUE_DIR}, one folder per source,
 * named as the source. The default directory is the demo data beside the project
 * ({@code ../shared/data/catalogue}); a relative path resolves against the JVM's working directory.
 * The data is read in place, never copied. A source opens when its name is one of this format's
 * and its folder holds every file the format needs; otherwise the format does not know it.
 */
public abstract class DumpFolderSource implements CatalogueDumpSource {

    /** The demo data beside the project, as the default of {@code CARDVAULT_CATALOGUE_DIR}. */
    public static final String DEFAULT_DIRECTORY = "../shared/data/catalogue";

    private final Path directory;

    protected DumpFolderSource(Path directory) {
        this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    }

    /** Whether {@code source} names a dump of this format (never a path: callers pass names from configuration). */
    protected abstract boolean reads(String source);

    /** The files a folder of this format must hold. */
    protected abstract List<String> requiredFiles();

    /** Opens the feed of a folder holding every required file. */
    protected abstract CatalogueFeed read(String source, Path folder);

    @Override
    public Optional<CatalogueFeed> open(String source) {
        if (!reads(source)) {
            return Optional.empty();
        }
        Path folder = directory.resolve(source);
        if (!requiredFiles().stream().allMatch(file -> Files.isRegularFile(folder.resolve(file)))) {
            return Optional.empty();
        }
        return Optional.of(read(source, folder));
    }
}
