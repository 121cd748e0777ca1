package io.cardvault.adapter.out.cluster;

import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** The cluster-wide rate limiter on this node's Hazelcast member (see {@link RateLimiterEngine}). */
@ApplicationScoped
class HazelcastRateLimiter implements RateLimitPort {

    /** A healthy remote decision takes well under a millisecond; waiting longer only delays the request. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final RateLimiterEngine engine;

    @Inject
    HazelcastRateLimiter(ClusterMember member) {
        this.engine = new RateLimiterEngine(member::instance, REQUEST_TIMEOUT, Clock.systemUTC());
    }

    /** For CDI's client proxy only. */
    protected HazelcastRateLimiter() {
        this.engine = null;
    }

    @Override
    public RateLimitDecision tryConsume(String bucket, RateLimits limits) {
        return engine.tryConsume(bucket, limits);
    }

    @Override
    public void giveBack(String bucket, RateLimits limits) {
        engine.giveBack(bucket, limits);
    }

    @Override
    public RateLimitDecision tryConsumeUnreported(String bucket, RateLimits limits) {
        return engine.tryConsumeUnreported(bucket, limits);
    }
}
