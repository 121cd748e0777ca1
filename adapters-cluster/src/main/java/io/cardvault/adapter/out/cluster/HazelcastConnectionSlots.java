package io.cardvault.adapter.out.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import io.cardvault.application.port.out.ConnectionSlotsPort;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cluster-wide connection slots (see {@link ConnectionSlotTable}). When a member leaves, every
 * survivor drops the departed member's shares (idempotent, so it does not matter which one is
 * first); a node joining sweeps shares of members that left before it was listening. Without a
 * running member a connection is let in: limits then hold per node only until the member is back.
 */
@ApplicationScoped
class HazelcastConnectionSlots implements ConnectionSlotsPort {

    private static final Logger LOG = Logger.getLogger(HazelcastConnectionSlots.class.getName());

    private final ClusterMember member;

    @Inject
    HazelcastConnectionSlots(ClusterMember member) {
        this.member = member;
    }

    /** For CDI's client proxy only. */
    protected HazelcastConnectionSlots() {
        this(null);
    }

    void onStart(@Observes @Priority(ClusterMember.STARTUP_PRIORITY + 10) @Initialized(ApplicationScoped.class) Object context) {
        member.instance().ifPresent(HazelcastConnectionSlots::watchDepartures);
    }

    static void watchDepartures(HazelcastInstance hazelcast) {
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a newcomer holds no slots yet
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                try {
                    ConnectionSlotTable.keepOnly(hazelcast, event.getMembers());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Could not free the connection slots of " + event.getMember());
                }
            }
        });
        ConnectionSlotTable.keepOnly(hazelcast, hazelcast.getCluster().getMembers());
    }

    @Override
    public boolean tryAcquire(String holder, int max) {
        Optional<HazelcastInstance> hazelcast = member.instance();
        return hazelcast.isEmpty() || ConnectionSlotTable.tryAcquire(hazelcast.get(), holder, max);
    }

    @Override
    public void release(String holder) {
        member.instance().ifPresent(hazelcast -> ConnectionSlotTable.release(hazelcast, holder));
    }
}
