/**
 * Benchmarks of the price ingest outside a server: the steady and backfill days of the upstream
 * formats through the real adapters on MariaDB, and the price-alert check a committed file adds.
 */
package io.cardvault.bench.prices;
