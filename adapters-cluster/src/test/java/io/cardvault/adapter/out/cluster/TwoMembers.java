package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.UUID;

/** Two real Hazelcast members in this JVM, configured as the application configures a node, joined into a fresh cluster. */
record TwoMembers(HazelcastInstance first, HazelcastInstance second) {

    /** {@code firstPort} and the one after it must be clear of other tests and checkouts. */
    static TwoMembers start(String clusterStem, int firstPort) {
        String cluster = clusterStem + "-" + UUID.randomUUID();
        String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + (firstPort + 1);
        ClassLoader loader = TwoMembers.class.getClassLoader();
        HazelcastInstance first = Hazelcast.newHazelcastInstance(
                HazelcastConfigFactory.create(ClusterSettings.of(cluster, firstPort, members, "127.0.0.1"), loader));
        HazelcastInstance second = Hazelcast.newHazelcastInstance(
                HazelcastConfigFactory.create(ClusterSettings.of(cluster, firstPort + 1, members, "127.0.0.1"), loader)
                        .setInstanceName(cluster + "-second"));
        assertThat(second.getCluster().getMembers()).hasSize(2);
        return new TwoMembers(first, second);
    }

    void terminate() {
        for (HazelcastInstance member : List.of(first, second)) {
            if (member.getLifecycleService().isRunning()) {
                member.getLifecycleService().terminate();
            }
        }
    }
}
