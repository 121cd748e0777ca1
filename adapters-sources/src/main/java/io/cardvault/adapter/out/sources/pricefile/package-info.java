/**
 * What the three price source adapters share: reading an upstream body whole (size-capped, hashed),
 * amounts as upstreams write them ({@code $1,234.50}, {@code null}, blanks), the rejection of a
 * malformed file, and the one fault-tolerance policy every source's fetch runs under
 * ({@link io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource}) with its fallback.
 */
package io.cardvault.adapter.out.sources.pricefile;
