package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.cardvault.application.port.out.CardAnalyticsCachePort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.port.out.MarketCachePortContract;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The analytics caches' contract on one embedded Hazelcast member configured as in production. */
class HazelcastMarketCacheContractTest extends MarketCachePortContract {

    /** Clear of the other cluster tests' ports and the integration servers'. */
    private static final int PORT = 6191;

    private static HazelcastInstance member;
    private static HazelcastMarketCache cache;

    @BeforeAll
    static void oneMember() {
        String cluster = "market-cache-contract-" + UUID.randomUUID();
        member = Hazelcast.newHazelcastInstance(HazelcastConfigFactory.create(
                ClusterSettings.of(cluster, PORT, "127.0.0.1:" + PORT, "127.0.0.1"),
                HazelcastMarketCacheContractTest.class.getClassLoader()));
        cache = new HazelcastMarketCache(() -> Optional.of(member));
    }

    @AfterAll
    static void shutdown() {
        member.getLifecycleService().terminate();
    }

    @Override
    protected MarketAggregatesCachePort views() {
        return cache;
    }

    @Override
    protected CardAnalyticsCachePort cards() {
        return cache;
    }
}
