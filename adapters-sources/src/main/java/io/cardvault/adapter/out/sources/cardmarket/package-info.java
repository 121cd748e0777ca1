/**
 * Cardmarket price source: the product catalogue ({@code products_singles_<game>.json}) and the
 * price guide ({@code price_guide_<game>.json}) over MicroProfile Rest Client with Fault Tolerance,
 * parsed with the JSON-P streaming parser (the real guide has 500k products).
 */
package io.cardvault.adapter.out.sources.cardmarket;
