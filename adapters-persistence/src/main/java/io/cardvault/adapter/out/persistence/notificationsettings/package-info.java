/**
 * Driven adapter for collectors' notification settings (mail on/off per kind) through JPA on
 * EclipseLink: a package-private {@code …JpaEntity} per stored choice, mapped to the domain's
 * {@link io.cardvault.domain.collection.NotificationSettings} by a package-private mapper, on the
 * container's transaction-scoped {@code EntityManager} (persistence unit {@code cardvault}). The
 * schema is the Flyway migrations' (V90). No JDBC here.
 */
package io.cardvault.adapter.out.persistence.notificationsettings;
