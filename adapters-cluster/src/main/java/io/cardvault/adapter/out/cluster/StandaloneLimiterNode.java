package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import java.time.Clock;
import java.util.Optional;

/**
 * A Hazelcast member with the production rate limiter, outside the application server: for the
 * limiter benchmark ({@code bench/limiter}) and operator tools. Same configuration, same buckets
 * and the same fallback as {@link HazelcastRateLimiter}.
 */
public final class StandaloneLimiterNode implements AutoCloseable {

    private final HazelcastInstance member;
    private final RateLimiterEngine engine;

    private StandaloneLimiterNode(HazelcastInstance member) {
        this.member = member;
        this.engine = new RateLimiterEngine(() -> member.getLifecycleService().isRunning()
                ? Optional.of(member) : Optional.empty(), HazelcastRateLimiter.REQUEST_TIMEOUT, Clock.systemUTC());
    }

    /**
     * Starts a member on {@code port} of cluster {@code clusterName}, joining {@code members}
     * (comma-separated), listening on loopback only like a node's default.
     */
    public static StandaloneLimiterNode start(String clusterName, int port, String members) {
        ClusterSettings settings = ClusterSettings.of(clusterName, port, members, "127.0.0.1");
        return new StandaloneLimiterNode(Hazelcast.newHazelcastInstance(
                HazelcastConfigFactory.create(settings, StandaloneLimiterNode.class.getClassLoader())
                        .setInstanceName(clusterName + "-standalone-" + port)));
    }

    public RateLimitDecision tryConsume(String bucket, RateLimits limits) {
        return engine.tryConsume(bucket, limits);
    }

    public int memberCount() {
        return member.getCluster().getMembers().size();
    }

    /** Whether the last decision had to be taken locally (cluster map unreachable). */
    public boolean degraded() {
        return engine.degraded();
    }

    @Override
    public void close() {
        member.shutdown();
    }
}
