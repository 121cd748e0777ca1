package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HazelcastConfigFactoryTest {

    @Test
    void givenMemberList_joinsOverTcpIpOnlyWithMulticastOff() {
        ClusterSettings settings = ClusterSettings.of("cardvault", 5701, " 10.0.0.5:5701, 10.0.0.6 ,,", " 10.0.0.* ");

        Config config = HazelcastConfigFactory.create(settings, getClass().getClassLoader());

        assertThat(config.getClusterName()).isEqualTo("cardvault");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(5701);
        assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isTrue();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers())
                .containsExactly("10.0.0.5:5701", "10.0.0.6");
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.0.0.*");
    }

    @Test
    void givenAnInterfaceThatIsNoAddress_refusesToStart() {
        for (String bad : List.of("*", "0.0.0.0/0", "eth0", "", "10.0.0")) {
            assertThatThrownBy(() -> ClusterSettings.of("cardvault", 5701, "127.0.0.1", bad)).as(bad)
                    .hasMessageContaining("CARDVAULT_CLUSTER_INTERFACE");
        }
    }

    @Test
    void givenTheLoopbackInterface_theMemberListensThereAndNotOnTheMachinesOtherAddresses() throws Exception {
        int port = 5960;
        HazelcastInstance member = Hazelcast.newHazelcastInstance(HazelcastConfigFactory.create(
                ClusterSettings.of("bind-test-" + System.nanoTime(), port, "127.0.0.1:" + port, "127.0.0.1"),
                getClass().getClassLoader()));
        try {
            int bound = member.getCluster().getLocalMember().getAddress().getPort();
            assertThat(member.getCluster().getLocalMember().getAddress().getHost()).isEqualTo("127.0.0.1");
            try (Socket local = new Socket("127.0.0.1", bound)) {
                assertThat(local.isConnected()).isTrue();
            }
            Optional<InetAddress> other = nonLoopbackAddress();
            if (other.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket remote = new Socket()) {
                        remote.connect(new InetSocketAddress(other.get(), bound), 2_000);
                    }
                }).isInstanceOf(IOException.class);
            }
        } finally {
            member.shutdown();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void givenNoMembersOrBadPort_refusesToStart() {
        assertThatThrownBy(() -> ClusterSettings.of("cardvault", 5701, " , ", "127.0.0.1"))
                .hasMessageContaining("names no member");
        assertThatThrownBy(() -> ClusterSettings.of("cardvault", 70_000, "127.0.0.1", "127.0.0.1"))
                .hasMessageContaining("is not a TCP port");
        assertThatThrownBy(() -> ClusterSettings.of(" ", 5701, "127.0.0.1", "127.0.0.1"))
                .hasMessageContaining("CARDVAULT_CLUSTER_NAME");
    }
}
