package io.cardvault.adapter.out.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import java.util.List;

/** Translates {@link ClusterSettings} into the embedded member's Hazelcast configuration. */
final class HazelcastConfigFactory {

    /** Lets a second node on the same machine take the next port when its own is taken. */
    private static final int PORT_RANGE = 10;
    /** Bucket4j's serializers take type ids from here up; clear of Hazelcast's own (negative) ids. */
    private static final int BUCKET4J_TYPE_ID_BASE = 10_000;

    private HazelcastConfigFactory() {
    }

    static Config create(ClusterSettings settings, ClassLoader classLoader) {
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setInstanceName(settings.clusterName() + "-" + settings.port());
        config.setClassLoader(classLoader);
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // The application server owns the lifecycle; a JVM hook would race its shutdown.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // Notice a silently dead peer in seconds rather than the default minute.
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "2");

        // Rate-limit buckets survive one member's loss only with a synchronous backup (STACK.md).
        config.addMapConfig(new MapConfig(RateLimitBuckets.MAP_NAME).setBackupCount(1).setAsyncBackupCount(0));
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), BUCKET4J_TYPE_ID_BASE);
        // Market analytics: dashboard views and per-card payloads (MarketCacheEngine).
        MarketCacheEngine.configure(config);

        // Real-time: cross-node market events and cluster-wide connection counts.
        MarketEventRelay.configure(config);
        ConnectionSlotTable.configure(config);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(PORT_RANGE);
        // Listen on the configured interface only (Hazelcast's default is every interface, *:5701):
        // the cluster protocol carries sessions' rate-limit state and events, unauthenticated.
        config.setProperty("hazelcast.socket.bind.any", "false");
        network.getInterfaces().setEnabled(true).setInterfaces(List.of(settings.networkInterface()));
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        return config;
    }
}
