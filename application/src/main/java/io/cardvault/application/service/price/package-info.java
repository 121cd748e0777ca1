/**
 * Price services, one per use case: the reads (which read the price port and name variants from
 * the catalogue) and the ingest: a run of files ({@code IngestPriceFilesService}, which the single
 * ingest and the backfill both use), the transactional recorder of one upstream file, and the
 * judge that applies the outlier rule to a file's points against the windows the store reads.
 */
package io.cardvault.application.service.price;
