package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.HealthProbePort;
import io.cardvault.application.port.out.HealthProbePortContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port contract on a real Hazelcast member, and on one that is not running. */
class ClusterHealthProbeContractTest extends HealthProbePortContract {

    /** Clear of the ports the integration server, other checkouts and the other cluster tests use. */
    private static final int PORT = 6187;

    private static ClusterMember member;

    @BeforeAll
    static void startMember() {
        member = OneMember.start("health-contract", PORT);
    }

    @AfterAll
    static void stopMember() {
        OneMember.stop(member);
    }

    @Override
    protected String component() {
        return ClusterHealthProbe.COMPONENT;
    }

    @Override
    protected HealthProbePort working() {
        return new ClusterHealthProbe(member);
    }

    @Override
    protected HealthProbePort broken() {
        return new ClusterHealthProbe(OneMember.notStarted("health-contract", PORT + 1));
    }

    @Test
    void givenRunningMember_probe_tellsTheClusterAndItsSize() {
        assertThat(new ClusterHealthProbe(member).probe().facts()).containsEntry("members", "1")
                .containsEntry("local", "[127.0.0.1]:" + PORT);
    }
}
