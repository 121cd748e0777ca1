package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's embedded Hazelcast member: started with the application, after storage, and shut
 * down with it so its partitions migrate to the remaining members before it leaves.
 */
@ApplicationScoped
class ClusterMember {

    /** After storage (100), before anything that shares state across nodes. */
    static final int STARTUP_PRIORITY = 200;

    private static final Logger LOG = Logger.getLogger(ClusterMember.class.getName());

    private final ClusterSettings settings;
    private volatile HazelcastInstance hazelcast;

    @Inject
    ClusterMember(@ConfigProperty(name = "CARDVAULT_CLUSTER_NAME") String clusterName,
                  @ConfigProperty(name = "CARDVAULT_CLUSTER_PORT") int port,
                  @ConfigProperty(name = "CARDVAULT_CLUSTER_MEMBERS") String members,
                  @ConfigProperty(name = "CARDVAULT_CLUSTER_INTERFACE") String networkInterface) {
        this.settings = ClusterSettings.of(clusterName, port, members, networkInterface);
    }

    /** For CDI's client proxy only. */
    protected ClusterMember() {
        this.settings = null;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        long started = System.nanoTime();
        hazelcast = Hazelcast.newHazelcastInstance(HazelcastConfigFactory.create(settings, ClusterMember.class.getClassLoader()));
        LOG.info(() -> String.format("Cluster member %s joined '%s' with %d member(s) after %d ms",
                hazelcast.getCluster().getLocalMember().getAddress(), settings.clusterName(),
                hazelcast.getCluster().getMembers().size(), (System.nanoTime() - started) / 1_000_000));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        HazelcastInstance instance = hazelcast;
        hazelcast = null;
        if (instance != null) {
            instance.shutdown();
        }
    }

    /** The running member, or empty before start and after shutdown. */
    Optional<HazelcastInstance> instance() {
        HazelcastInstance instance = hazelcast;
        return instance != null && instance.getLifecycleService().isRunning() ? Optional.of(instance) : Optional.empty();
    }

    String clusterName() {
        return settings.clusterName();
    }
}
