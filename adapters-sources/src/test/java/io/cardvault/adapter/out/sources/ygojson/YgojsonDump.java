package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;

/**
 * The real YGOJSON reader over ../shared/data, for web-ui's end-to-end import tests (test sources,
 * shipped in this module's test-jar, so they need no class of this package).
 */
public final class YgojsonDump {

    private YgojsonDump() {
    }

    public static ReadCatalogueSourcePort whole() {
        return new YgojsonCatalogueSource(YgojsonCatalogueSourceTest.DATA);
    }
}
