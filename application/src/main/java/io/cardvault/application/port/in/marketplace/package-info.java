/**
 * Use cases of the marketplace: listing a card, amending, withdrawing and renewing it, browsing and
 * reading listings, the fee preview, buy-now, bids and their acceptance, seller set-up, the
 * transactions' moves, ratings and reputation. Each interface is one use case; commands validate
 * themselves; a listing, bid or transaction the caller may not see is not found, never forbidden.
 */
package io.cardvault.application.port.in.marketplace;
