/**
 * Driven adapter for the platform settings and their audit trail through JPA on EclipseLink:
 * package-private entities for the current values and the trail, mapped to the domain's
 * {@link io.cardvault.domain.platform.PlatformSetting} and {@link io.cardvault.domain.platform.SettingChange},
 * on the container's transaction-scoped {@code EntityManager} (persistence unit {@code cardvault}).
 * Schema: V115. No JDBC here.
 */
package io.cardvault.adapter.out.persistence.platformsetting;
