package io.cardvault.adapter.out.sources.mtgjson;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;

/**
 * The real MTGJSON reader over ../shared/data, for web-ui's end-to-end import tests (test sources,
 * shipped in this module's test-jar, so they need no class of this package).
 */
public final class MtgjsonDump {

    private MtgjsonDump() {
    }

    public static ReadCatalogueSourcePort whole() {
        return new MtgjsonCatalogueSource(MtgjsonCatalogueSourceTest.DATA);
    }
}
