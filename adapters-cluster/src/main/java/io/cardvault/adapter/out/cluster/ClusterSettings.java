package io.cardvault.adapter.out.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How this node finds its peers: a cluster name (nodes with another name never join), the port
 * this member listens on, and the addresses ({@code host} or {@code host:port}) of the members
 * to join, comma-separated.
 */
record ClusterSettings(String clusterName, int port, List<String> members) {

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
    }

    static ClusterSettings of(String clusterName, int port, String memberList) {
        return new ClusterSettings(clusterName.trim(), port, Arrays.stream(memberList.split(","))
                .map(String::trim)
                .filter(member -> !member.isEmpty())
                .toList());
    }
}
