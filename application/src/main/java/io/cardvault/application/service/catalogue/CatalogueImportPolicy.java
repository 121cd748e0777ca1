package io.cardvault.application.service.catalogue;

import java.util.List;

/** The catalogue sources this node imports, in order (e.g. {@code tcgdex-en, tcgdex-asia}). */
public record CatalogueImportPolicy(List<String> sources) {

    public CatalogueImportPolicy {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one catalogue source is configured");
        }
    }
}
