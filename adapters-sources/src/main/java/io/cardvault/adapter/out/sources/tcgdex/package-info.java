/**
 * Catalogue source adapter for the tcgdex open data dumps ({@code tcgdex-en}, {@code tcgdex-asia}
 * folders: {@code sets.json}, {@code series.json}, {@code cards.jsonl.gz}). Reads local files
 * with JSON-P, one card row at a time, and maps them onto the catalogue domain. See
 * {@code TcgdexCardMapper} for how languages become printings and variant data becomes variants.
 */
package io.cardvault.adapter.out.sources.tcgdex;
