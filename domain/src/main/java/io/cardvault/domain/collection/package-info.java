/**
 * What a collector keeps and watches: the cards owned (quantity, condition, what was paid, a slab's
 * grade), the wishlist, price alerts that fire once when a price crosses their threshold, and the
 * notifications those events leave for the account.
 */
package io.cardvault.domain.collection;
