/**
 * What the three price source adapters share: reading an upstream body whole (size-capped, hashed),
 * amounts as upstreams write them ({@code $1,234.50}, {@code null}, blanks), the rejection of a
 * malformed file, and the fault-tolerant fetch template.
 */
package io.cardvault.adapter.out.sources.pricefile;
