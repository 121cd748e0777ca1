package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import org.junit.jupiter.api.Test;

class HazelcastConfigFactoryTest {

    @Test
    void givenMemberList_joinsOverTcpIpOnlyWithMulticastOff() {
        ClusterSettings settings = ClusterSettings.of("cardvault", 5701, " 10.0.0.5:5701, 10.0.0.6 ,,");

        Config config = HazelcastConfigFactory.create(settings, getClass().getClassLoader());

        assertThat(config.getClusterName()).isEqualTo("cardvault");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(5701);
        assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isTrue();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers())
                .containsExactly("10.0.0.5:5701", "10.0.0.6");
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
    }

    @Test
    void givenNoMembersOrBadPort_refusesToStart() {
        assertThatThrownBy(() -> ClusterSettings.of("cardvault", 5701, " , "))
                .hasMessageContaining("names no member");
        assertThatThrownBy(() -> ClusterSettings.of("cardvault", 70_000, "127.0.0.1"))
                .hasMessageContaining("is not a TCP port");
        assertThatThrownBy(() -> ClusterSettings.of(" ", 5701, "127.0.0.1"))
                .hasMessageContaining("CARDVAULT_CLUSTER_NAME");
    }
}
