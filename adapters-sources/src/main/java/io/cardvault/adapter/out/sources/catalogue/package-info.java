/**
 * What every catalogue dump format shares: the one {@code ReadCatalogueSourcePort} that opens a
 * source by asking each format's {@link io.cardvault.adapter.out.sources.catalogue.CatalogueDumpSource}
 * bean, the bounded import ({@code CARDVAULT_CATALOGUE_SET_FILTER}), and lenient JSON readers whose
 * wrong-kind values are bad rows.
 */
package io.cardvault.adapter.out.sources.catalogue;
