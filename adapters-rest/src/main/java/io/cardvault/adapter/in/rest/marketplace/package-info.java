/**
 * The marketplace's JSON routes: the public browse, listing, fee preview and reputation; the
 * seller's routes under {@code /seller} (set-up, listing, amending, withdrawing, renewing); buy-now,
 * bids and their acceptance; a party's transactions and their moves. Callers come from the
 * admission (session cookie or API key) through {@code RequestCaller}; each route calls one use case.
 */
package io.cardvault.adapter.in.rest.marketplace;
