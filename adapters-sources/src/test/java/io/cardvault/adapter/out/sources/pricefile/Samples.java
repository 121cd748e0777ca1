package io.cardvault.adapter.out.sources.pricefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The real upstream samples in ../shared/data/formats (read in place, never copied into the repository). */
public final class Samples {

    /** Tests run in the module folder: the shared data sits beside the project root. */
    public static final Path FORMATS = Path.of("../../shared/data/formats");

    private Samples() {
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(FORMATS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code fraction} of a sample: a download cut off mid-way. */
    public static byte[] truncated(String file, double fraction) {
        byte[] all = bytes(file);
        return Arrays.copyOf(all, (int) (all.length * fraction));
    }
}
