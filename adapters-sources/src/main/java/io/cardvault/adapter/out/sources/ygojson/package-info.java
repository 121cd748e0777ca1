/**
 * Catalogue source adapter for the YGOJSON dump ({@code ygojson} folder: {@code cards.json.gz},
 * {@code sets.json.gz}). Cards (the game pieces, with their names in every language and their
 * ids) are read once into a slim index; sets are streamed one at a time, and each set's contents
 * become the cards of that set. See {@code YgojsonCardMapper} for what a Yu-Gi-Oh! card is here.
 */
package io.cardvault.adapter.out.sources.ygojson;
