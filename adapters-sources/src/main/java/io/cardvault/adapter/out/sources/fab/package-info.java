/**
 * Catalogue source adapter for the Flesh and Blood export of the npm packages
 * {@code @flesh-and-blood/cards} and {@code @flesh-and-blood/types} as the {@code fab} folder holds
 * it: {@code cards.json.gz} (every card with its printings across sets) and {@code releases.json}
 * (releases with dates and set identifiers). See {@code FabCardMapper} for how a Flesh and Blood
 * card and its printings become cards of sets, print runs and foiling variants.
 */
package io.cardvault.adapter.out.sources.fab;
