/**
 * Price use cases. Reading: headline prices, histories, charts, sold comps and market rankings.
 * Ingesting: one upstream file, the history backfill, the daily snapshot, what can be priced.
 */
package io.cardvault.application.port.in.price;
