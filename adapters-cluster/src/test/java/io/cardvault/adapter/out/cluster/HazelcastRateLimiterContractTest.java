package io.cardvault.adapter.out.cluster;

import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.application.port.out.RateLimitPortContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port contract on a real Hazelcast member, started as the application starts it. */
class HazelcastRateLimiterContractTest extends RateLimitPortContract {

    /** Clear of the ports the integration server, other checkouts and the other cluster tests use. */
    private static final int PORT = 6183;

    private static ClusterMember member;
    private static HazelcastRateLimiter limiter;

    @BeforeAll
    static void startMember() {
        member = OneMember.start("limiter-contract", PORT);
        limiter = new HazelcastRateLimiter(member);
    }

    @AfterAll
    static void stopMember() {
        OneMember.stop(member);
    }

    @Override
    protected RateLimitPort limiter() {
        return limiter;
    }
}
