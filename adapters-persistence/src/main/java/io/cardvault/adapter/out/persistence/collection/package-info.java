/**
 * Driven adapter for the collector's shelf (collection entries, wishlist, price alerts,
 * notifications) through JPA on EclipseLink, in the pattern of {@code …persistence.account}:
 * package-private {@code …JpaEntity} classes mapped to the domain by {@code …JpaMapper}s, on the
 * container's transaction-scoped {@code EntityManager} of the unit {@code cardvault}. One adapter per
 * port (two of the ports share {@code findByOwner(AccountId)} with different results, so one class
 * cannot implement all four). The schema is the Flyway migrations' (V86–V89); the rules a race
 * between nodes must not break are the database's: the unique key on active alerts, the one
 * conditional update that triggers an alert, the wishlist's insert-or-replace. No JDBC here (an
 * architecture rule checks it).
 */
package io.cardvault.adapter.out.persistence.collection;
