/**
 * Values the price out-ports exchange: what the read port
 * ({@link io.cardvault.application.port.out.LoadPricesPort}) returns and its failures; upstream
 * files as parsed (quotes keyed by the marketplace's own product ids), fetch outcomes, points to
 * store, the outlier windows they are judged against, the points as judged and the latest prices
 * they move.
 */
package io.cardvault.application.port.out.price;
