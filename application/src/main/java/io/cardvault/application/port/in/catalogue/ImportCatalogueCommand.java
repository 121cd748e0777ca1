package io.cardvault.application.port.in.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Import the catalogue source named {@code source} (e.g. {@code tcgdex-en}, {@code mtgjson}), then,
 * when {@code refreshSearchIndex}, rebuild this node's search index. A job importing several sources
 * in a row rebuilds once, after its last: the rebuild reads the whole catalogue (over 100 s with
 * every game on a loaded 2-core machine), so one per source cost more than the imports.
 */
public record ImportCatalogueCommand(String source, boolean refreshSearchIndex) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public ImportCatalogueCommand {
        Objects.requireNonNull(source, "source");
        if (!NAME.matcher(source).matches()) {
            throw new IllegalArgumentException("not a catalogue source name: " + source);
        }
    }

    /** One source on its own: the search index is rebuilt after it. */
    public ImportCatalogueCommand(String source) {
        this(source, true);
    }
}
