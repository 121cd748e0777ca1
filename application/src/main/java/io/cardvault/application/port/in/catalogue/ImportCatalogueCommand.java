package io.cardvault.application.port.in.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** Import the catalogue source named {@code source} (e.g. {@code tcgdex-en}, {@code tcgdex-asia}). */
public record ImportCatalogueCommand(String source) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public ImportCatalogueCommand {
        Objects.requireNonNull(source, "source");
        if (!NAME.matcher(source).matches()) {
            throw new IllegalArgumentException("not a catalogue source name: " + source);
        }
    }
}
