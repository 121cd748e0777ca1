package io.cardvault.adapter.out.cluster;

import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.application.port.out.HealthProbePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Reports whether this node's cluster member runs, and how many members it sees. */
@ApplicationScoped
class ClusterHealthProbe implements HealthProbePort {

    static final String COMPONENT = "cluster";

    private final ClusterMember member;

    @Inject
    ClusterHealthProbe(ClusterMember member) {
        this.member = member;
    }

    /** For CDI's client proxy only. */
    protected ClusterHealthProbe() {
        this.member = null;
    }

    @Override
    public ComponentHealth probe() {
        return member.instance()
                .map(hazelcast -> ComponentHealth.up(COMPONENT, Map.of(
                        "name", member.clusterName(),
                        "members", Integer.toString(hazelcast.getCluster().getMembers().size()),
                        "local", hazelcast.getCluster().getLocalMember().getAddress().toString())))
                .orElseGet(() -> ComponentHealth.down(COMPONENT, "member not running"));
    }
}
