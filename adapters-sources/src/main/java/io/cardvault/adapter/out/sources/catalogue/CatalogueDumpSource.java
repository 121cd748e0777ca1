package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;

/**
 * One vendor's catalogue dump reader (tcgdex, MTGJSON, Flesh and Blood…). It answers only the
 * source names of its own format and is empty for any other. Vendor beans declare this type only
 * ({@code @Typed(CatalogueDumpSource.class)}), so {@link CatalogueDumps} is the one
 * {@code ReadCatalogueSourcePort} the application sees; adding a format is adding a bean.
 */
public interface CatalogueDumpSource extends ReadCatalogueSourcePort {
}
