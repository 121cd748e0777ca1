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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    /** The most tokens an unreported bucket takes from the cluster at once. */
    static final int MAX_BATCH = 1_024;
    /** How long tokens taken in a batch may be handed out here. */
    static final Duration GRANT_LIFETIME = Duration.ofSeconds(1);

    private final Supplier<Optional<HazelcastInstance>> member;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<String, Bucket> localBuckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_LOCAL_BUCKETS;
        }
    };
    /** Local answers for unreported buckets: batch tokens in hand, or a refusal that still holds. */
    private final Map<String, LocalGrant> grants = new ConcurrentHashMap<>();
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
        return tryConsume(key, limits, 1);
    }

    /**
     * One request of a caller who is never shown the remaining count (see
     * {@code RateLimitPort.tryConsumeUnreported}). Two shortcuts, neither of which ever allows more
     * than the cluster's bucket holds:
     * <ul>
     *   <li>a bucket the cluster refused is refused here, without asking, until one second before
     *       the retry-after the cluster gave (the bucket refills whole at the window's boundary,
     *       so until then the cluster's answer would be the same refusal);</li>
     *   <li>a bucket whose per-minute limit is at least 2,000 hands out tokens taken from the
     *       cluster in batches of limit / 1,000 (at most {@value #MAX_BATCH}), kept here for at most
     *       {@link #GRANT_LIFETIME}; near the limit a batch may be refused while single tokens are
     *       left, so a caller can be refused up to a batch early on each node, never late.</li>
     * </ul>
     */
    RateLimitDecision tryConsumeUnreported(String key, RateLimits limits) {
        long now = System.nanoTime();
        LocalGrant grant = grants.get(key);
        if (grant != null) {
            Optional<RateLimitDecision> local = grant.answer(now);
            if (local.isPresent()) {
                return local.get();
            }
        }
        int batch = batch(limits);
        RateLimitDecision decision = batch > 1 ? tryConsume(key, limits, batch) : null;
        if (decision == null || !decision.allowed()) {
            batch = 1;
            decision = tryConsume(key, limits, 1);
        }
        if (grants.size() >= MAX_LOCAL_BUCKETS) {
            grants.clear();
        }
        if (degraded) {
            grants.remove(key);
        } else if (!decision.allowed() && decision.retryAfterSeconds() > 1) {
            grants.put(key, LocalGrant.refused(decision, now + TimeUnit.SECONDS.toNanos(decision.retryAfterSeconds() - 1)));
        } else if (decision.allowed() && batch > 1) {
            grants.put(key, LocalGrant.tokens(decision, batch - 1, now + GRANT_LIFETIME.toNanos()));
        } else {
            grants.remove(key);
        }
        return decision;
    }

    /** Tokens taken from the cluster at once for an unreported bucket: 1 below 2,000 a minute. */
    static int batch(RateLimits limits) {
        long perMinute = limits.perMinute() == RateLimits.UNLIMITED ? Long.MAX_VALUE : limits.perMinute();
        long perDay = limits.perDay() == RateLimits.UNLIMITED ? Long.MAX_VALUE : limits.perDay() / 20;
        return (int) Math.max(1, Math.min(MAX_BATCH, Math.min(perMinute, perDay) / 1_000));
    }

    private RateLimitDecision tryConsume(String key, RateLimits limits, int tokens) {
        Instant now = clock.instant();
        Optional<ProxyManager<String>> cluster = proxyManager();
        if (cluster.isPresent()) {
            try {
                RateLimitDecision decision = RateLimitBuckets.decision(cluster.get().builder()
                        .build(key, () -> RateLimitBuckets.configuration(limits, now))
                        .asVerbose().tryConsumeAndReturnRemaining(tokens), now);
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

    /** A local answer for one bucket until {@code until} (System.nanoTime): tokens in hand, or a refusal. */
    private static final class LocalGrant {

        private final RateLimitDecision decision;
        private final long until;
        private int tokens;

        private LocalGrant(RateLimitDecision decision, int tokens, long until) {
            this.decision = decision;
            this.tokens = tokens;
            this.until = until;
        }

        static LocalGrant tokens(RateLimitDecision granted, int tokens, long until) {
            return new LocalGrant(granted, tokens, until);
        }

        static LocalGrant refused(RateLimitDecision refusal, long until) {
            return new LocalGrant(refusal, 0, until);
        }

        synchronized Optional<RateLimitDecision> answer(long now) {
            if (now - until >= 0) {
                return Optional.empty();
            }
            if (!decision.allowed()) {
                // until is a second before the cluster's own retry-after
                long left = (until - now + 999_999_999L) / 1_000_000_000L + 1;
                return Optional.of(new RateLimitDecision(false, decision.limit(), 0, decision.resetEpochSeconds(),
                        Math.max(1, Math.min(decision.retryAfterSeconds(), left))));
            }
            if (tokens == 0) {
                return Optional.empty();
            }
            tokens--;
            return Optional.of(decision);
        }
    }
}
