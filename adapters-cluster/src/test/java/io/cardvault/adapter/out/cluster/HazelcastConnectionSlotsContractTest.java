package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.ConnectionSlotsPort;
import io.cardvault.application.port.out.ConnectionSlotsPortContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port contract on a real Hazelcast member, started as the application starts it. */
class HazelcastConnectionSlotsContractTest extends ConnectionSlotsPortContract {

    /** Clear of the ports the integration server, other checkouts and the other cluster tests use. */
    private static final int PORT = 6181;

    private static ClusterMember member;

    @BeforeAll
    static void startMember() {
        member = OneMember.start("slots-contract", PORT);
    }

    @AfterAll
    static void stopMember() {
        OneMember.stop(member);
    }

    @Override
    protected ConnectionSlotsPort slots() {
        return new HazelcastConnectionSlots(member);
    }

    @Test
    void givenNoRunningMember_tryAcquire_letsTheConnectionIn() {
        HazelcastConnectionSlots alone = new HazelcastConnectionSlots(OneMember.notStarted("slots-contract", PORT + 1));

        assertThat(alone.tryAcquire("key:1", 1)).isTrue();
        assertThat(alone.tryAcquire("key:1", 1)).isTrue();
    }
}
