/** Price ingest services: one per use case, plus the transactional recorder of one upstream file. */
package io.cardvault.application.service.price;
