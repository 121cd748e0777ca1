package io.cardvault.adapter.out.sources.lorcana;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;

/**
 * The real Lorcana reader over ../shared/data, for web-ui's end-to-end import tests (test sources,
 * shipped in this module's test-jar, so they need no class of this package).
 */
public final class LorcanaData {

    private LorcanaData() {
    }

    public static ReadCatalogueSourcePort whole() {
        return new LorcanaCatalogueSource(LorcanaCatalogueSourceTest.DATA);
    }
}
