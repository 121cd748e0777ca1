/** REST adapter for the price routes: per-card prices and histories, set price stats, rankings. */
package io.cardvault.adapter.in.rest.price;
