/**
 * Use cases of a collector's shelf (collection, wishlist, price alerts, notifications) with their
 * commands and rejections. An uploaded collection file arrives here already read, as
 * {@link io.cardvault.application.port.in.collection.CollectionImportRow}s and
 * {@link io.cardvault.application.port.in.collection.RejectedLine}s: matching them to catalogue cards
 * is the import use case's work, reading the file is the driving adapter's.
 */
package io.cardvault.application.port.in.collection;
