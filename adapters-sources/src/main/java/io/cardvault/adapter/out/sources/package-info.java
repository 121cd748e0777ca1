/**
 * Driven adapters for upstream data: one sub-package per vendor (Cardmarket, TCGplayer via
 * tcgcsv, PriceCharting, the tcgdex catalogue), each with a package-private MicroProfile Rest
 * Client, a parser tested on real samples, and Fault Tolerance on the adapter method only. The
 * price vendors' file formats (key and column names) are stated once, in a public
 * {@code <Vendor>Format} class the parser reads by and the sandbox market writes by.
 */
package io.cardvault.adapter.out.sources;
