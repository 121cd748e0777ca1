/**
 * Values the price out-ports exchange: upstream files as parsed (quotes keyed by the
 * marketplace's own product ids), fetch outcomes, points to store and what storing them did.
 */
package io.cardvault.application.port.out.price;
