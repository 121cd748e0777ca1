/**
 * Catalogue source adapter for Disney Lorcana ({@code lorcana} folder): the card data of
 * great-illuminary/lorcana-data as {@code printings.json.gz} (its YAML flattened to one record per
 * printing, values unchanged, so no YAML parser is needed) and LorcanaJSON's set list
 * {@code sets/baseSetData.json}. See {@code LorcanaCardMapper} for how it maps onto the card model.
 */
package io.cardvault.adapter.out.sources.lorcana;
