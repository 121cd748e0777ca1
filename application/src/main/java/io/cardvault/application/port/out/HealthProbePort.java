package io.cardvault.application.port.out;

import io.cardvault.domain.platform.ComponentHealth;

/**
 * Outgoing port: one component this node depends on reports whether it works. Every adapter
 * that owns such a component (storage, cluster) implements it; probes must answer within a
 * couple of seconds and never throw.
 */
public interface HealthProbePort {

    ComponentHealth probe();
}
