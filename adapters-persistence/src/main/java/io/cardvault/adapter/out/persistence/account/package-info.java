/**
 * Driven adapter for the account aggregates (accounts, API keys, session standings) through JPA on
 * EclipseLink: package-private {@code …JpaEntity} classes mapped to the domain's records by
 * {@code …JpaMapper}s, one adapter on the container's transaction-scoped {@code EntityManager}
 * (persistence unit {@code cardvault}, {@code META-INF/persistence.xml}). The schema stays owned by
 * the Flyway migrations: no DDL is generated. No JDBC here (an architecture rule checks it).
 */
package io.cardvault.adapter.out.persistence.account;
