package io.cardvault.application.port.out;

import io.cardvault.domain.platform.ComponentHealth;

/**
 * Outgoing port: one of this node's in-memory indexes (search) tells whether it serves, with a few
 * facts. Unlike {@link HealthProbePort} it does not decide readiness: a node answers while its
 * indexes build. Must answer at once and never throw.
 */
public interface ComponentStatusPort {

    ComponentHealth status();
}
