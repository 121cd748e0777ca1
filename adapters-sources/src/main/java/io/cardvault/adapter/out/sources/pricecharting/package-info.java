/**
 * PriceCharting's price-guide CSV download over MicroProfile Rest Client with Fault Tolerance,
 * read with Apache Commons CSV by header name (the download has had 27 and 37 columns).
 */
package io.cardvault.adapter.out.sources.pricecharting;
