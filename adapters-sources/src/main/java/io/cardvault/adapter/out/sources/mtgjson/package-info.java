/**
 * Catalogue source adapter for MTGJSON (v5) as the {@code mtgjson} folder holds it:
 * {@code sets.json} (one summary per set) and {@code cards.jsonl.gz} (one printing per line, rows of
 * a set together). Reads local files with JSON-P, one row at a time; see {@code MtgjsonCardMapper}
 * for how an MTGJSON printing becomes a card, its printing and its finish variants.
 */
package io.cardvault.adapter.out.sources.mtgjson;
