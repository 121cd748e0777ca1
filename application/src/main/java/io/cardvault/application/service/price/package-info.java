/**
 * Price services, one per use case: the reads (which read the price port and name variants from
 * the catalogue) and the ingest (with the transactional recorder of one upstream file).
 */
package io.cardvault.application.service.price;
