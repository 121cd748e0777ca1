package io.cardvault.adapter.out.sources.fab;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;

/**
 * The real Flesh and Blood reader over ../shared/data, for web-ui's end-to-end import tests (test
 * sources, shipped in this module's test-jar, so they need no class of this package).
 */
public final class FabExport {

    private FabExport() {
    }

    public static ReadCatalogueSourcePort whole() {
        return new FabCatalogueSource(FabCatalogueSourceTest.DATA);
    }
}
