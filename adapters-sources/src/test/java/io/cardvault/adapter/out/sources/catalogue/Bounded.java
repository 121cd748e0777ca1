package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;
import java.util.List;

/**
 * The production {@link CatalogueDumps} over given formats and a set filter, for web-ui's
 * end-to-end import tests (test sources, shipped in this module's test-jar).
 */
public final class Bounded {

    private Bounded() {
    }

    /** Every given format, each source bounded as {@code filter} says ({@code source:set,set;…}). */
    public static ReadCatalogueSourcePort dumps(String filter, ReadCatalogueSourcePort... formats) {
        return new CatalogueDumps(List.of(formats), SetFilter.parse(filter));
    }
}
