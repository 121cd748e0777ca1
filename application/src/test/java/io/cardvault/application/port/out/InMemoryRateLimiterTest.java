package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.RateLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fake obeys the same contract as the cluster limiter, so service tests on it mean something. */
class InMemoryRateLimiterTest extends RateLimitPortContract {

    private final InMemoryRateLimiter fake = new InMemoryRateLimiter();

    @Override
    protected RateLimitPort limiter() {
        return fake;
    }

    @Test
    void givenFixedClock_aSpentBucket_neverRefills() {
        InMemoryRateLimiter frozen = new InMemoryRateLimiter(Clock.fixed(Instant.parse("2026-12-07T01:59:59Z"), ZoneOffset.UTC));
        RateLimits one = new RateLimits(1, 1);

        frozen.tryConsume("b", one);

        assertThat(frozen.tryConsume("b", one).allowed()).isFalse();
        assertThat(frozen.usedToday("b")).isEqualTo(1);
    }
}
