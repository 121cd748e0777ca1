/**
 * The European Central Bank's euro foreign-exchange reference rates (eurofxref): a parser of its
 * gesmes XML documents ({@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml},
 * {@code eurofxref-hist.xml}), a MicroProfile Rest Client for the ECB (or any server publishing
 * the same documents) and the bundled demo document used when no upstream is configured.
 */
package io.cardvault.adapter.out.sources.ecb;
