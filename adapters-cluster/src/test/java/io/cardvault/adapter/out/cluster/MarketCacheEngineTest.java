package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two real Hazelcast members in this JVM sharing the analytics caches. */
class MarketCacheEngineTest {

    /** Clear of the rate-limit test's ports and the integration servers'. */
    private static final int FIRST_PORT = 6171;

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    record Payload(String text) implements Serializable {
    }

    @BeforeAll
    static void twoMembers() {
        String cluster = "market-cache-test-" + UUID.randomUUID();
        String members = "127.0.0.1:" + FIRST_PORT + ",127.0.0.1:" + (FIRST_PORT + 1);
        ClassLoader loader = MarketCacheEngineTest.class.getClassLoader();
        first = Hazelcast.newHazelcastInstance(HazelcastConfigFactory.create(ClusterSettings.of(cluster, FIRST_PORT, members, "127.0.0.1"), loader));
        second = Hazelcast.newHazelcastInstance(HazelcastConfigFactory.create(ClusterSettings.of(cluster, FIRST_PORT + 1, members, "127.0.0.1"), loader)
                .setInstanceName(cluster + "-second"));
        assertThat(second.getCluster().getMembers()).hasSize(2);
    }

    @AfterAll
    static void shutdown() {
        for (HazelcastInstance member : List.of(first, second)) {
            member.getLifecycleService().terminate();
        }
    }

    @Test
    void a_replacement_on_one_node_is_read_on_the_other_and_drops_keys_it_no_longer_has() throws InterruptedException {
        MarketCacheEngine one = new MarketCacheEngine(() -> Optional.of(first));
        MarketCacheEngine other = new MarketCacheEngine(() -> Optional.of(second));
        one.replaceAll(Map.of("movers|all|7", new Payload("old"), "hot|all", new Payload("hot")));
        assertThat(other.view("movers|all|7", Payload.class)).contains(new Payload("old")); // warms the near cache

        one.replaceAll(Map.of("movers|all|7", new Payload("new")));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // invalidation reaches near caches asynchronously
        while (!other.view("movers|all|7", Payload.class).equals(Optional.of(new Payload("new"))) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(other.view("movers|all|7", Payload.class)).contains(new Payload("new"));
        assertThat(other.view("hot|all", Payload.class)).isEmpty();
        assertThat(other.view("movers|all|7", String.class)).isEmpty();
    }

    @Test
    void invalidating_a_card_removes_its_payloads_only() {
        MarketCacheEngine one = new MarketCacheEngine(() -> Optional.of(first));
        MarketCacheEngine other = new MarketCacheEngine(() -> Optional.of(second));
        one.putCardPayload(12, "trend|normal|raw", new Payload("a"), Duration.ofMinutes(10));
        one.putCardPayload(12, "stash-score", new Payload("b"), Duration.ofMinutes(10));
        one.putCardPayload(123, "stash-score", new Payload("c"), Duration.ofMinutes(10));

        other.invalidateCard(12);

        assertThat(one.cardPayload(12, "trend|normal|raw", Payload.class)).isEmpty();
        assertThat(one.cardPayload(12, "stash-score", Payload.class)).isEmpty();
        assertThat(one.cardPayload(123, "stash-score", Payload.class)).contains(new Payload("c"));
    }

    @Test
    void a_payload_expires_after_its_time_to_live() throws InterruptedException {
        MarketCacheEngine one = new MarketCacheEngine(() -> Optional.of(first));
        one.putCardPayload(7, "predict|30", new Payload("soon gone"), Duration.ofMillis(1_000));
        assertThat(one.cardPayload(7, "predict|30", Payload.class)).isPresent();

        Thread.sleep(2_100);

        assertThat(one.cardPayload(7, "predict|30", Payload.class)).isEmpty();
    }

    @Test
    void without_a_member_reads_miss_and_writes_are_skipped() {
        MarketCacheEngine none = new MarketCacheEngine(Optional::empty);
        none.replaceAll(Map.of("stats", new Payload("x")));
        none.putCardPayload(1, "x", new Payload("x"), Duration.ofMinutes(1));
        none.invalidateCard(1);

        assertThat(none.view("stats", Payload.class)).isEmpty();
        assertThat(none.cardPayload(1, "x", Payload.class)).isEmpty();
    }
}
