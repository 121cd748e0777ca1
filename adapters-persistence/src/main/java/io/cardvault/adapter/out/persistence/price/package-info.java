/**
 * The price store on MariaDB with plain JDBC: series ids resolved in bulk and cached, points
 * upserted in multi-row statements, the outlier rule applied against per-series windows kept in
 * memory, price_latest / price_stat maintained in the same transaction, and the daily snapshot.
 */
package io.cardvault.adapter.out.persistence.price;
