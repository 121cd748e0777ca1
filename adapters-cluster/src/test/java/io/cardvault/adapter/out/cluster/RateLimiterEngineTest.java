package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two real Hazelcast members in this JVM sharing one account's bucket. */
class RateLimiterEngineTest {

    /** Clear of the ports the integration server and other checkouts use by default. */
    private static final int FIRST_PORT = 6131;
    private static final RateLimits FREE = new RateLimits(30, 500);

    private TwoMembers members;
    private HazelcastInstance first;
    private HazelcastInstance second;

    @BeforeEach
    void twoMembers() {
        members = TwoMembers.start("rate-limit-test", FIRST_PORT);
        first = members.first();
        second = members.second();
    }

    @AfterEach
    void shutdown() {
        members.terminate();
    }


    private static RateLimiterEngine engineOn(HazelcastInstance member) {
        return new RateLimiterEngine(() -> member.getLifecycleService().isRunning() ? Optional.of(member) : Optional.empty(),
                Duration.ofSeconds(30), Clock.systemUTC());
    }

    private static void awayFromMinuteBoundary() throws InterruptedException {
        Instant now = Instant.now();
        long left = Duration.between(now, RateLimitBuckets.nextMinute(now)).toMillis();
        if (left < 15_000) {
            Thread.sleep(left + 200);
        }
    }

    @Test
    void two_members_share_one_account_bucket_exactly() throws InterruptedException {
        awayFromMinuteBoundary();
        RateLimiterEngine onFirst = engineOn(first);
        RateLimiterEngine onSecond = engineOn(second);
        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            decisions.add((i % 2 == 0 ? onFirst : onSecond).tryConsume("account:1", FREE));
        }
        assertThat(decisions.stream().filter(RateLimitDecision::allowed)).hasSize(30);
        assertThat(decisions.get(0).remaining()).isEqualTo(29);
        assertThat(decisions.get(0).limit()).isEqualTo(30);
        assertThat(decisions.get(29).remaining()).isZero();
        RateLimitDecision refused = decisions.get(30);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(refused.resetEpochSeconds()).isEqualTo(RateLimitBuckets.nextMinute(Instant.now()).getEpochSecond());
        assertThat(onFirst.degraded()).isFalse();
        // another account has its own bucket
        assertThat(onSecond.tryConsume("account:2", FREE).remaining()).isEqualTo(29);
    }

    @Test
    void a_token_given_back_on_one_member_is_available_on_the_other_and_never_beyond_the_capacity()
            throws InterruptedException {
        awayFromMinuteBoundary();
        RateLimits five = new RateLimits(5, 50);
        RateLimiterEngine onFirst = engineOn(first);
        RateLimiterEngine onSecond = engineOn(second);
        for (int i = 0; i < 5; i++) {
            assertThat(onFirst.tryConsume("signin:a", five).allowed()).isTrue();
        }
        assertThat(onSecond.tryConsume("signin:a", five).allowed()).isFalse();
        onSecond.giveBack("signin:a", five);
        assertThat(onFirst.tryConsume("signin:a", five).allowed()).isTrue();
        assertThat(onFirst.tryConsume("signin:a", five).allowed()).isFalse();

        onFirst.giveBack("signin:b", five);
        assertThat(onSecond.tryConsume("signin:b", five).remaining()).as("a full bucket stays full").isEqualTo(4);
    }

    @Test
    void the_day_window_binds_once_fewer_requests_are_left_in_it() throws InterruptedException {
        awayFromMinuteBoundary();
        RateLimitDecision decision = engineOn(first).tryConsume("account:3", new RateLimits(30, 10));
        assertThat(decision.limit()).isEqualTo(10);
        assertThat(decision.remaining()).isEqualTo(9);
        assertThat(decision.resetEpochSeconds()).isEqualTo(RateLimitBuckets.nextMidnight(Instant.now()).getEpochSecond());
    }

    @Test
    void killing_the_member_that_owns_the_bucket_loses_no_state() throws InterruptedException {
        awayFromMinuteBoundary();
        String key = "account:7";
        for (int i = 0; i < 10; i++) {
            (i % 2 == 0 ? engineOn(first) : engineOn(second)).tryConsume(key, FREE);
        }
        HazelcastInstance owner = first.getPartitionService().getPartition(key).getOwner().localMember() ? first : second;
        HazelcastInstance survivor = owner == first ? second : first;
        owner.getLifecycleService().terminate(); // abrupt, like a killed process: no graceful migration

        RateLimitDecision after = engineOn(survivor).tryConsume(key, FREE);
        assertThat(after.allowed()).isTrue();
        assertThat(after.remaining()).isEqualTo(19);
    }

    @Test
    void without_a_running_member_it_decides_locally_and_never_fails() {
        first.getLifecycleService().terminate();
        RateLimiterEngine engine = engineOn(first);
        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            decisions.add(engine.tryConsume("account:9", FREE));
        }
        assertThat(engine.degraded()).isTrue();
        // limits / members last seen (none seen by this engine: 1) → the full quota, then a refusal
        assertThat(decisions.stream().filter(RateLimitDecision::allowed)).hasSizeLessThanOrEqualTo(30);
        assertThat(decisions.get(30).allowed()).isFalse();
    }

    @Test
    void concurrent_callers_on_both_members_together_get_exactly_the_limit() throws Exception {
        awayFromMinuteBoundary();
        RateLimits limit = new RateLimits(150, 1_000);
        List<RateLimiterEngine> engines = List.of(engineOn(first), engineOn(second));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RateLimiterEngine engine = engines.get(i % 2);
                calls.add(pool.submit(() -> engine.tryConsume("account:11", limit).allowed()));
            }
            long allowed = 0;
            for (java.util.concurrent.Future<Boolean> call : calls) {
                allowed += call.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(150);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_unreported_caller_over_its_limit_is_refused_without_asking_the_cluster_again() throws InterruptedException {
        awayFromMinuteBoundary();
        RateLimiterEngine engine = engineOn(first);
        RateLimits anonymous = new RateLimits(2, RateLimits.UNLIMITED);
        assertThat(engine.tryConsumeUnreported("ip:10.0.0.1", anonymous).allowed()).isTrue();
        assertThat(engine.tryConsumeUnreported("ip:10.0.0.1", anonymous).allowed()).isTrue();
        RateLimitDecision refused = engine.tryConsumeUnreported("ip:10.0.0.1", anonymous);
        assertThat(refused.allowed()).isFalse();

        // with the cluster gone, asking would fall back to a fresh local bucket and allow: the refusal is remembered
        first.getLifecycleService().terminate();
        second.getLifecycleService().terminate();
        RateLimitDecision remembered = engine.tryConsumeUnreported("ip:10.0.0.1", anonymous);
        assertThat(remembered.allowed()).isFalse();
        assertThat(remembered.retryAfterSeconds()).isBetween(1L, refused.retryAfterSeconds());
        assertThat(engine.degraded()).isFalse();
    }

    @Test
    void a_high_unreported_limit_is_taken_from_the_cluster_in_batches_and_never_exceeded() throws InterruptedException {
        awayFromMinuteBoundary();
        RateLimiterEngine onFirst = engineOn(first);
        RateLimiterEngine onSecond = engineOn(second);
        RateLimits high = new RateLimits(4_000, RateLimits.UNLIMITED);
        assertThat(RateLimiterEngine.batch(high)).isEqualTo(4);
        assertThat(RateLimiterEngine.batch(new RateLimits(30, RateLimits.UNLIMITED))).isEqualTo(1);
        assertThat(RateLimiterEngine.batch(new RateLimits(100_000_000, RateLimits.UNLIMITED))).isEqualTo(RateLimiterEngine.MAX_BATCH);

        assertThat(onFirst.tryConsumeUnreported("ip:10.0.0.2", high).allowed()).isTrue();
        assertThat(onFirst.tokensInHand("ip:10.0.0.2")).isEqualTo(3);
        // half the batch used: the next one is asked for in the background
        assertThat(onFirst.tryConsumeUnreported("ip:10.0.0.2", high).allowed()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (onFirst.tokensInHand("ip:10.0.0.2") < 2 + 4 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(onFirst.tokensInHand("ip:10.0.0.2")).isEqualTo(2 + 4);
        for (int i = 0; i < 3; i++) {
            assertThat(onFirst.tryConsumeUnreported("ip:10.0.0.2", high).allowed()).isTrue();
        }
        // five requests on one node took two batches of four from the shared bucket
        assertThat(onSecond.tryConsume("ip:10.0.0.2", high).remaining()).isEqualTo(4_000 - 8 - 1);

        int allowed = 0;
        for (int i = 0; i < 4_100; i++) {
            if ((i % 2 == 0 ? onFirst : onSecond).tryConsumeUnreported("ip:10.0.0.3", high).allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(4_000 - 2 * 2 * 4, 4_000);
    }

    @Test
    void a_busy_node_takes_batches_from_the_cluster_without_a_herd_wasting_them() throws Exception {
        awayFromMinuteBoundary();
        RateLimiterEngine engine = engineOn(first);
        RateLimits anonymous = new RateLimits(100_000_000, RateLimits.UNLIMITED);
        int threads = 8;
        int perThread = 20_000;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                callers.add(pool.submit(() -> {
                    int allowed = 0;
                    for (int i = 0; i < perThread; i++) {
                        allowed += engine.tryConsumeUnreported("ip:10.0.0.9", anonymous).allowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            int allowed = 0;
            for (java.util.concurrent.Future<Integer> caller : callers) {
                allowed += caller.get();
            }
            assertThat(allowed).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
        Thread.sleep(200); // a refill still on its way lands in the grant
        long taken = 100_000_000L - 1 - engineOn(second).tryConsume("ip:10.0.0.9", anonymous).remaining();
        // what was answered plus what is in hand: a herd replacing each other's batches would take far more
        assertThat(taken).isEqualTo(threads * perThread + engine.tokensInHand("ip:10.0.0.9"));
    }
}
