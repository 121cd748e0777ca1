/**
 * Driven adapter for the phones registered for push notifications through JPA on EclipseLink: a
 * package-private {@code PushDeviceJpaEntity} per token, mapped to the domain's
 * {@link io.cardvault.domain.platform.PushDevice}, on the container's transaction-scoped
 * {@code EntityManager} (persistence unit {@code cardvault}). Schema: V115. No JDBC here.
 */
package io.cardvault.adapter.out.persistence.pushdevice;
