package io.cardvault.adapter.out.cluster;

import java.util.UUID;

/** This node's cluster member as the application starts it, alone in a fresh cluster: what the adapters' contract tests run on. */
final class OneMember {

    private OneMember() {
    }

    /** A running member on {@code port}, which must be clear of other tests and checkouts. */
    static ClusterMember start(String clusterStem, int port) {
        ClusterMember member = notStarted(clusterStem, port);
        member.onStart(null);
        return member;
    }

    /** A member configured but never started, as before start-up or after shutdown. */
    static ClusterMember notStarted(String clusterStem, int port) {
        return new ClusterMember(clusterStem + "-" + UUID.randomUUID(), port, "127.0.0.1:" + port, "127.0.0.1");
    }

    static void stop(ClusterMember member) {
        member.onStop(null);
    }
}
