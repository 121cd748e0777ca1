/**
 * Services of the collector's collection: one per use case, all valuing entries through
 * {@link io.cardvault.domain.collection.CollectionValuation} (via {@code CollectionItems}), so the
 * list, the summary, the export and the chart never disagree on what a card is worth.
 */
package io.cardvault.application.service.collection;
