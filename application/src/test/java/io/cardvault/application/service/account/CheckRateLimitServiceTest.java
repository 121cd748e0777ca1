package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.out.InMemoryRateLimiter;
import io.cardvault.application.port.out.InMemoryRateLimiter.Call;
import io.cardvault.application.service.UseCaseWithoutTransaction;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import jakarta.transaction.Transactional;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Arrays;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CheckRateLimitServiceTest {

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(
            Clock.fixed(Instant.parse("2026-12-07T01:30:30Z"), ZoneOffset.UTC));
    private final CheckRateLimitService service = new CheckRateLimitService(limiter, new RateLimitPolicy(30));

    @Test
    void every_key_of_an_account_draws_on_one_account_bucket_with_the_tier_limits() {
        service.check(new ApiCaller(new AccountId(5), new ApiKeyId(1), Tier.FREE, Tier.FREE));
        service.check(new ApiCaller(new AccountId(5), new ApiKeyId(2), Tier.FREE, Tier.FREE));
        assertThat(limiter.calls()).containsExactly(new Call("tryConsume", "account:5", new RateLimits(30, 500)),
                new Call("tryConsume", "account:5", new RateLimits(30, 500)));
        assertThat(limiter.usedToday("account:5")).isEqualTo(2);
    }

    @Test
    void anonymous_callers_get_30_per_minute_per_address_and_no_daily_cap() {
        service.checkAnonymous("203.0.113.9");
        assertThat(limiter.calls()).extracting(Call::bucket, Call::limits)
                .containsExactly(tuple("ip:203.0.113.9", new RateLimits(30, RateLimits.UNLIMITED)));
    }

    @Test
    void only_anonymous_callers_who_see_no_rate_limit_headers_take_the_unreported_path() {
        service.checkAnonymous("203.0.113.9");
        service.check(new ApiCaller(new AccountId(5), new ApiKeyId(1), Tier.FREE, Tier.FREE));

        assertThat(limiter.calls()).extracting(call -> call.operation() + " " + call.bucket())
                .containsExactly("tryConsumeUnreported ip:203.0.113.9", "tryConsume account:5");
    }

    @Test
    void the_unlimited_tier_never_touches_the_limiter() {
        RateLimitDecision decision = service.check(new ApiCaller(new AccountId(6), new ApiKeyId(3), Tier.UNLIMITED, Tier.UNLIMITED));
        assertThat(decision.allowed()).isTrue();
        assertThat(limiter.calls()).isEmpty();
    }

    @Test
    void a_key_on_a_lower_tier_also_draws_on_its_own_bucket_and_reports_the_tighter_window() {
        RateLimitDecision decision = service.check(new ApiCaller(new AccountId(7), new ApiKeyId(9), Tier.FREE, Tier.PRO));
        assertThat(limiter.calls()).extracting(Call::bucket, Call::limits).containsExactly(
                tuple("key:9", new RateLimits(30, 500)),
                tuple("account:7", new RateLimits(120, 25_000)));
        assertThat(decision.limit()).isEqualTo(30);
    }

    @Test
    void an_account_over_its_minute_quota_is_refused_until_the_minute_ends() {
        ApiCaller free = new ApiCaller(new AccountId(8), new ApiKeyId(4), Tier.FREE, Tier.FREE);
        for (int i = 0; i < 30; i++) {
            assertThat(service.check(free).allowed()).isTrue();
        }

        RateLimitDecision refused = service.check(free);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void v1_calls_of_every_key_draw_on_the_accounts_daily_plan_bucket_apart_from_the_platform_quota() {
        for (int call = 0; call < 250; call++) {
            assertThat(service.checkPlan(new ApiCaller(new AccountId(9), new ApiKeyId(call % 2 + 1), Tier.STARTER, Tier.FREE))
                    .allowed()).isTrue();
        }
        RateLimitDecision refused = service.checkPlan(new ApiCaller(new AccountId(9), new ApiKeyId(2), Tier.STARTER, Tier.FREE));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(250);
        assertThat(limiter.calls()).extracting(Call::bucket, Call::limits).containsOnly(
                tuple("plan:free:account:9", new RateLimits(RateLimits.UNLIMITED, 250)));
        assertThat(limiter.usedToday("account:9")).isZero();
    }

    @Test
    void the_check_on_every_requests_path_runs_without_a_transaction_interceptor() {
        assertThat(CheckRateLimitService.class.isAnnotationPresent(UseCaseWithoutTransaction.class)).isTrue();
        assertThat(CheckRateLimitService.class.isAnnotationPresent(Transactional.class)).isFalse();
        assertThat(Arrays.stream(CheckRateLimitService.class.getAnnotations()).map(Annotation::annotationType))
                .noneMatch(stereotype -> stereotype.isAnnotationPresent(Transactional.class));
        assertThat(Arrays.stream(CheckRateLimitService.class.getMethods()))
                .noneMatch(method -> method.isAnnotationPresent(Transactional.class));
    }
}
