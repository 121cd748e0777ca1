/**
 * Driven adapter for the marketplace (listings, bids, transactions, ratings) through JPA on
 * EclipseLink, in the pattern of {@code …persistence.collection}: package-private {@code …JpaEntity}
 * classes mapped to the domain by {@code …JpaMapper}s on the container's transaction-scoped
 * {@code EntityManager} of the unit {@code cardvault}; the schema is migration V100's. Listings and
 * transactions carry a {@code @Version}: an update is flushed at once, so a lost race reaches the
 * use case as the port's {@code ConcurrentChangeException} with nothing written, and the unique key
 * on (transaction, rater) decides a double rating. No JDBC here (an architecture rule checks it).
 */
package io.cardvault.adapter.out.persistence.marketplace;
