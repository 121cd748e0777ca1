/**
 * Services of a collector's shelf: one per use case of {@code port.in.collection}. Rows name their
 * cards through one catalogue read per list; prices shown beside a wish are the card's newest market
 * values converted with the newest ECB rates.
 */
package io.cardvault.application.service.collection;
