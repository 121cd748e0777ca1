/**
 * Services of a collector's shelf: one per use case of {@code port.in.collection}, the collection's
 * import among them. Rows name their cards through one catalogue read per list; prices shown beside a
 * wish are the card's newest market values converted with the newest ECB rates. Collection entries are
 * valued through {@link io.cardvault.domain.collection.CollectionValuation} (via {@code CollectionItems})
 * alone, so the collection list, summary, export and chart never disagree on what a holding is worth.
 */
package io.cardvault.application.service.collection;
