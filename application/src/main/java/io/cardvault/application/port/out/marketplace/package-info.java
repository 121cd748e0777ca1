/**
 * Values the marketplace's out-ports exchange: the browse filter of the listing store and the
 * failure a store reports when a listing or transaction changed under the caller.
 */
package io.cardvault.application.port.out.marketplace;
