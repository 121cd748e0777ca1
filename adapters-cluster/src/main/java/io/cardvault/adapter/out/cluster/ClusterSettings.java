package io.cardvault.adapter.out.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How this node finds its peers: a cluster name (nodes with another name never join), the port
 * this member listens on, the addresses ({@code host} or {@code host:port}) of the members to join,
 * comma-separated, and the one local interface the member binds to (an address such as
 * {@code 127.0.0.1} or {@code 10.0.1.7}, or a Hazelcast pattern such as {@code 10.0.1.*}); never
 * every interface, so the cluster port is not open to networks the nodes do not share.
 */
record ClusterSettings(String clusterName, int port, List<String> members, String networkInterface) {

    ClusterSettings {
        Objects.requireNonNull(clusterName, "clusterName");
        if (clusterName.isBlank()) {
            throw new IllegalArgumentException("CARDVAULT_CLUSTER_NAME is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("CARDVAULT_CLUSTER_PORT " + port + " is not a TCP port");
        }
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("CARDVAULT_CLUSTER_MEMBERS names no member");
        }
        Objects.requireNonNull(networkInterface, "networkInterface");
        if (!networkInterface.matches("[0-9]{1,3}(\\.([0-9]{1,3}|\\*|[0-9]{1,3}-[0-9]{1,3})){3}")) {
            throw new IllegalArgumentException("CARDVAULT_CLUSTER_INTERFACE '" + networkInterface
                    + "' is not one IPv4 address or pattern (127.0.0.1, 10.0.1.7, 10.0.1.*)");
        }
    }

    static ClusterSettings of(String clusterName, int port, String memberList, String networkInterface) {
        return new ClusterSettings(clusterName.trim(), port, Arrays.stream(memberList.split(","))
                .map(String::trim)
                .filter(member -> !member.isEmpty())
                .toList(), networkInterface.trim());
    }
}
