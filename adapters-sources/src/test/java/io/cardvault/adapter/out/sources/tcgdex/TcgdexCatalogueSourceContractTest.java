package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;
import io.cardvault.application.port.out.ReadCatalogueSourcePortContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;

/** The tcgdex reader meets the same contract as the fake, on a few rows of the real dump format. */
class TcgdexCatalogueSourceContractTest extends ReadCatalogueSourcePortContract {

    @TempDir
    static Path directory;

    @Override
    protected ReadCatalogueSourcePort source() {
        Path folder = directory.resolve(fixtureSource());
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
                copy("sets.json", folder.resolve(TcgdexFeed.SETS), false);
                copy("cards.jsonl", folder.resolve(TcgdexFeed.CARDS), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TcgdexCatalogueSource(directory);
    }

    @Override
    protected String fixtureSource() {
        return "tcgdex-mini";
    }

    private static void copy(String resource, Path target, boolean gzip) throws IOException {
        try (InputStream in = TcgdexCatalogueSourceContractTest.class.getResourceAsStream("/tcgdex-fixture/" + resource);
             OutputStream file = Files.newOutputStream(target);
             OutputStream out = gzip ? new GZIPOutputStream(file) : file) {
            in.transferTo(out);
        }
    }
}
