/** {@code GET /api/search}: cross-game card search. */
package io.cardvault.adapter.in.rest.search;
