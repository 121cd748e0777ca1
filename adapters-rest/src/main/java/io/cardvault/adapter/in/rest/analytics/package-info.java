/**
 * Market-intelligence routes: /api/market/*, the legacy /api/movers, /api/cards/{id}/predict,
 * trend-summary and stash-score, /api/predictions/top and /api/price-intelligence/*.
 */
package io.cardvault.adapter.in.rest.analytics;
