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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
     *       left, so a caller can be refused up to a batch early on each node, never late. When half
     *       a batch is left, the next batch is asked for asynchronously, so under steady traffic no
     *       request waits for the cluster (and the threads of a busy node do not all ask at once
     *       when a batch runs out). Bucket4j's own delaying optimisation was not used: it lets each
     *       node overshoot the shared limit by its unsynchronised tokens, this never does.</li>
     * </ul>
     */
    RateLimitDecision tryConsumeUnreported(String key, RateLimits limits) {
        long now = System.nanoTime();
        LocalGrant grant = grants.get(key);
        if (grant != null) {
            Optional<RateLimitDecision> local = grant.answer(now);
            if (local.isPresent()) {
                if (grant.claimRefill()) {
                    refillAhead(key, limits, grant);
                }
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
            long until = now + GRANT_LIFETIME.toNanos();
            RateLimitDecision granted = decision;
            int taken = batch;
            // A grant in use (put by a concurrent caller, or awaiting a refill) keeps its identity and
            // takes these tokens too: nothing taken from the cluster is dropped by a replacement.
            grants.merge(key, LocalGrant.tokens(granted, taken, until),
                    (inUse, fresh) -> inUse.extend(granted, taken, until) ? inUse : fresh);
        } else {
            grants.remove(key);
        }
        return decision;
    }

    /**
     * Takes the grant's next batch from the cluster without blocking the caller. When the cluster
     * refuses, fails or cannot be asked, the grant simply runs out and the request that finds it
     * empty asks the cluster itself, as without a refill.
     */
    private void refillAhead(String key, RateLimits limits, LocalGrant grant) {
        Optional<ProxyManager<String>> cluster = degraded ? Optional.empty() : proxyManager();
        if (cluster.isEmpty() || !cluster.get().isAsyncModeSupported()) {
            return;
        }
        Instant now = clock.instant();
        try {
            cluster.get().asAsync().builder()
                    .build(key, () -> CompletableFuture.completedFuture(RateLimitBuckets.configuration(limits, now)))
                    .asVerbose().tryConsumeAndReturnRemaining(grant.batch())
                    .whenComplete((result, failure) -> {
                        if (failure == null) {
                            RateLimitDecision decision = RateLimitBuckets.decision(result, now);
                            if (decision.allowed()) {
                                grant.refilled(decision, System.nanoTime() + GRANT_LIFETIME.toNanos());
                            }
                        }
                    });
        } catch (RuntimeException e) {
            // Not even submitted (member shutting down): the grant runs out and the caller's path decides.
            LOG.log(Level.FINE, "rate limit refill not submitted", e);
        }
    }

    /** Tokens in hand on this node for an unreported bucket (tests). */
    int tokensInHand(String key) {
        LocalGrant grant = grants.get(key);
        return grant == null ? 0 : grant.tokensLeft();
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

    /**
     * Adds one token back to the bucket (Bucket4j never fills past capacity): to the cluster's when
     * it answers, else to this node's fallback bucket, which is where the token was taken from then.
     */
    void giveBack(String key, RateLimits limits) {
        Instant now = clock.instant();
        Optional<ProxyManager<String>> cluster = degraded ? Optional.empty() : proxyManager();
        if (cluster.isPresent()) {
            try {
                cluster.get().builder().build(key, () -> RateLimitBuckets.configuration(limits, now)).addTokens(1);
                return;
            } catch (RuntimeException e) {
                degradeOnce(e);
            }
        }
        int share = lastMemberCount;
        RateLimits conservative = new RateLimits(divide(limits.perMinute(), share), divide(limits.perDay(), share));
        synchronized (localBuckets) {
            Bucket bucket = localBuckets.get(key + "|" + conservative);
            if (bucket != null) {
                bucket.addTokens(1);
            }
        }
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

    /**
     * A local answer for one bucket until {@code until} (System.nanoTime): tokens in hand, or a
     * refusal. Lock-free: every request of a busy anonymous caller passes through it.
     */
    private static final class LocalGrant {

        private final int batch;
        private final AtomicInteger tokens;
        private final AtomicBoolean refilling = new AtomicBoolean();
        private volatile RateLimitDecision decision;
        private volatile long until;

        private LocalGrant(RateLimitDecision decision, int batch, int tokens, long until) {
            this.decision = decision;
            this.batch = batch;
            this.tokens = new AtomicInteger(tokens);
            this.until = until;
        }

        /** A batch just taken from the cluster; the request that took it uses its first token. */
        static LocalGrant tokens(RateLimitDecision granted, int batch, long until) {
            return new LocalGrant(granted, batch, batch - 1, until);
        }

        static LocalGrant refused(RateLimitDecision refusal, long until) {
            return new LocalGrant(refusal, 1, 0, until);
        }

        int batch() {
            return batch;
        }

        int tokensLeft() {
            return tokens.get();
        }

        Optional<RateLimitDecision> answer(long now) {
            if (now - until >= 0) {
                return Optional.empty();
            }
            RateLimitDecision granted = decision;
            if (!granted.allowed()) {
                // until is a second before the cluster's own retry-after
                long left = (until - now + 999_999_999L) / 1_000_000_000L + 1;
                return Optional.of(new RateLimitDecision(false, granted.limit(), 0, granted.resetEpochSeconds(),
                        Math.max(1, Math.min(granted.retryAfterSeconds(), left))));
            }
            if (tokens.getAndUpdate(t -> t > 0 ? t - 1 : t) <= 0) {
                return Optional.empty();
            }
            return Optional.of(granted);
        }

        /** Whether the caller should ask for the next batch now: half of this one is used, and nobody asked yet. */
        boolean claimRefill() {
            return decision.allowed() && tokens.get() <= batch / 2 && refilling.compareAndSet(false, true);
        }

        /**
         * A batch taken by a request that found this grant empty (its refill was late): the request
         * uses one token, the rest join the grant. False for a refusal or a grant of another size.
         */
        boolean extend(RateLimitDecision granted, int taken, long newUntil) {
            if (!decision.allowed() || taken != batch) {
                return false;
            }
            decision = granted;
            until = newUntil;
            tokens.addAndGet(taken - 1);
            return true;
        }

        /**
         * The next batch arrived. Tokens still in hand live as long as the new ones: at most one
         * batch (0.1 % of the limit) can so cross into the next window, always taken from the cluster.
         */
        void refilled(RateLimitDecision granted, long newUntil) {
            decision = granted;
            until = newUntil;
            tokens.addAndGet(batch);
            refilling.set(false);
        }
    }
}
