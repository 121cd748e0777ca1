/**
 * Services of the marketplace: one per use case of {@code port.in.marketplace}. Every move that
 * concerns the other party (a bid received or accepted, a sale, an order moving on, a shipment)
 * writes that party's notification in the same transaction as the move, and its {@code user:<id>}
 * frame leaves after the commit. A lost optimistic-locking race on a listing is the spec's
 * {@code listing_unavailable}; on a transaction, an illegal move from the status read.
 */
package io.cardvault.application.service.marketplace;
