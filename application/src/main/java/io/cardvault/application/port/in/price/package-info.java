/** Use cases of the price ingest: ingest one upstream file, backfill history, take the daily snapshot, list what can be priced. */
package io.cardvault.application.port.in.price;
