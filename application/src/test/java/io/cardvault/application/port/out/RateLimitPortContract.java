package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link RateLimitPort}: every implementation (the in-memory fake, the Hazelcast
 * limiter) must pass it. A bucket lets through what its tightest window holds and then refuses
 * with a wait; the answer names the window that binds; buckets are apart by name; a token given
 * back can be taken again but never beyond the capacity; the unreported path never lets more
 * through than the bucket holds. Each test uses fresh bucket names, so an implementation may keep
 * its buckets between tests. Windows are whole UTC minutes and days, so a test spending a
 * per-minute limit starts early enough in its minute not to see the bucket refill under it.
 */
public abstract class RateLimitPortContract {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    /** A bucket whose day binds: three requests, with the minute far from limiting. */
    private static final RateLimits THREE_A_DAY = new RateLimits(1_000, 3);

    private RateLimitPort limiter;
    private String bucket;

    /** The implementation under test. */
    protected abstract RateLimitPort limiter();

    @BeforeEach
    void freshBucket() {
        limiter = limiter();
        bucket = "contract:" + BUCKETS.incrementAndGet() + "-" + System.nanoTime();
    }

    @Test
    void givenFreshBucket_tryConsume_countsDownItsBindingWindowThenRefusesWithAWait() {
        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decisions.add(limiter.tryConsume(bucket, THREE_A_DAY));
        }

        assertThat(decisions).extracting(RateLimitDecision::allowed).containsExactly(true, true, true, false);
        assertThat(decisions).extracting(RateLimitDecision::limit).containsOnly(3L);
        assertThat(decisions).extracting(RateLimitDecision::remaining).containsExactly(2L, 1L, 0L, 0L);
        assertThat(decisions.subList(0, 3)).extracting(RateLimitDecision::retryAfterSeconds).containsOnly(0L);
        assertThat(decisions.get(3).retryAfterSeconds()).isBetween(1L, 86_400L);
    }

    @Test
    void givenDailyBinding_tryConsume_resetsAtTheNextUtcMidnight() {
        RateLimitDecision decision = limiter.tryConsume(bucket, THREE_A_DAY);

        assertThat(decision.resetEpochSeconds())
                .isEqualTo(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).getEpochSecond());
    }

    @Test
    void givenMinuteBinding_tryConsume_refusesUntilTheNextMinute() throws InterruptedException {
        awayFromTheEndOfAMinute();
        RateLimits twoAMinute = new RateLimits(2, RateLimits.UNLIMITED);
        long nextMinute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES).getEpochSecond();

        RateLimitDecision first = limiter.tryConsume(bucket, twoAMinute);
        limiter.tryConsume(bucket, twoAMinute);
        RateLimitDecision refused = limiter.tryConsume(bucket, twoAMinute);

        assertThat(first.allowed()).isTrue();
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.resetEpochSeconds()).isEqualTo(nextMinute);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void givenOneBucketSpent_tryConsume_stillAllowsAnotherBucket() {
        spend(bucket, THREE_A_DAY);

        assertThat(limiter.tryConsume(bucket, THREE_A_DAY).allowed()).isFalse();
        assertThat(limiter.tryConsume(bucket + "-other", THREE_A_DAY).allowed()).isTrue();
    }

    @Test
    void givenSpentBucket_giveBack_letsExactlyOneMoreThrough() {
        spend(bucket, THREE_A_DAY);

        limiter.giveBack(bucket, THREE_A_DAY);

        assertThat(limiter.tryConsume(bucket, THREE_A_DAY).allowed()).isTrue();
        assertThat(limiter.tryConsume(bucket, THREE_A_DAY).allowed()).isFalse();
    }

    @Test
    void givenTokensGivenBackBeyondWhatWasTaken_tryConsume_stillStopsAtTheCapacity() {
        limiter.tryConsume(bucket, THREE_A_DAY);
        limiter.giveBack(bucket, THREE_A_DAY);
        limiter.giveBack(bucket, THREE_A_DAY);
        limiter.giveBack(bucket, THREE_A_DAY);

        assertThat(spend(bucket, THREE_A_DAY)).isEqualTo(3);
    }

    @Test
    void givenUnreportedAndReportedCalls_tryConsume_neverAllowMoreThanTheBucketHolds() {
        RateLimits fiveADay = new RateLimits(1_000, 5);
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            RateLimitDecision decision = i % 2 == 0 ? limiter.tryConsume(bucket, fiveADay)
                    : limiter.tryConsumeUnreported(bucket, fiveADay);
            allowed += decision.allowed() ? 1 : 0;
        }
        for (int i = 0; i < 4; i++) {
            allowed += limiter.tryConsumeUnreported(bucket, fiveADay).allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
    }

    /** Takes tokens until the bucket refuses; returns how many it let through (at most 100). */
    private int spend(String name, RateLimits limits) {
        int allowed = 0;
        while (allowed < 100 && limiter.tryConsume(name, limits).allowed()) {
            allowed++;
        }
        return allowed;
    }

    /** A per-minute bucket filled in the last seconds of a minute would refill under the test. */
    private static void awayFromTheEndOfAMinute() throws InterruptedException {
        Instant now = Instant.now();
        long intoMinute = now.getEpochSecond() % 60;
        if (intoMinute >= 50) {
            Thread.sleep((61 - intoMinute) * 1_000);
        }
    }
}
