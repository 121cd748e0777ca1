package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bucket4j over the cluster's {@code cardvault-rate-limits} map (Bucket4j's own entry processors,
 * whose backups apply the primary's result instead of re-running with their own clock). When
 * the member is not running or a call fails or times out, it decides from a local bucket per key,
 * with the limits divided by the number of members last seen (so N nodes deciding alone together
 * allow about the same as the cluster would), logs the switch once, and returns to the cluster as
 * soon as a call succeeds again. A request is never refused because the limiter is down.
 */
final class RateLimiterEngine {

    private static final Logger LOG = Logger.getLogger(RateLimiterEngine.class.getName());
    /** Local fallback buckets kept at most; the least recently used go first. */
    private static final int MAX_LOCAL_BUCKETS = 50_000;

    private final Supplier<Optional<HazelcastInstance>> member;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<String, Bucket> localBuckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_LOCAL_BUCKETS;
        }
    };
    private volatile HazelcastInstance connectedTo;
    private volatile ProxyManager<String> buckets;
    private volatile int lastMemberCount = 1;
    private volatile boolean degraded;

    RateLimiterEngine(Supplier<Optional<HazelcastInstance>> member, Duration requestTimeout, Clock clock) {
        this.member = member;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    RateLimitDecision tryConsume(String key, RateLimits limits) {
        Instant now = clock.instant();
        Optional<ProxyManager<String>> cluster = proxyManager();
        if (cluster.isPresent()) {
            try {
                RateLimitDecision decision = RateLimitBuckets.decision(cluster.get().builder()
                        .build(key, () -> RateLimitBuckets.configuration(limits, now))
                        .asVerbose().tryConsumeAndReturnRemaining(1), now);
                if (degraded) {
                    degraded = false;
                    LOG.info("Rate limiter: the cluster map answers again; shared limits are back");
                }
                return decision;
            } catch (RuntimeException e) {
                // Any failure of the grid (timeout, member gone, partition migrating) must not fail the request.
                degradeOnce(e);
            }
        } else {
            degradeOnce(null);
        }
        return local(key, limits, now);
    }

    private Optional<ProxyManager<String>> proxyManager() {
        Optional<HazelcastInstance> instance = member.get();
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        HazelcastInstance hazelcast = instance.get();
        if (hazelcast != connectedTo) {
            synchronized (this) {
                if (hazelcast != connectedTo) {
                    IMap<String, byte[]> map = hazelcast.getMap(RateLimitBuckets.MAP_NAME);
                    buckets = Bucket4jHazelcast.entryProcessorBasedBuilder(map)
                            .requestTimeout(requestTimeout)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofDays(1).plusHours(1)))
                            .build();
                    connectedTo = hazelcast;
                }
            }
        }
        try {
            lastMemberCount = Math.max(1, hazelcast.getCluster().getMembers().size());
        } catch (RuntimeException e) {
            // Membership is only used to size the fallback; keep the last count.
            LOG.log(Level.FINE, "cluster membership unreadable", e);
        }
        return Optional.of(buckets);
    }

    private void degradeOnce(RuntimeException cause) {
        if (!degraded) {
            degraded = true;
            LOG.log(Level.WARNING, "Rate limiter: the cluster map is unreachable; deciding locally with limits / "
                    + lastMemberCount + " until it answers again", cause);
        }
    }

    private RateLimitDecision local(String key, RateLimits limits, Instant now) {
        int share = lastMemberCount;
        RateLimits conservative = new RateLimits(divide(limits.perMinute(), share), divide(limits.perDay(), share));
        Bucket bucket;
        synchronized (localBuckets) {
            bucket = localBuckets.computeIfAbsent(key + "|" + conservative, ignored -> localBucket(conservative, now));
        }
        return RateLimitBuckets.decision(bucket.asVerbose().tryConsumeAndReturnRemaining(1), now);
    }

    private static Bucket localBucket(RateLimits limits, Instant now) {
        LocalBucketBuilder builder = Bucket.builder().withMillisecondPrecision();
        for (Bandwidth bandwidth : RateLimitBuckets.configuration(limits, now).getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    private static long divide(long limit, int share) {
        return limit == RateLimits.UNLIMITED ? limit : Math.max(1, limit / share);
    }

    boolean degraded() {
        return degraded;
    }
}
