package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckRateLimitServiceTest {

    private record Call(String bucket, RateLimits limits) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final RateLimitPort recording = (bucket, limits) -> {
        calls.add(new Call(bucket, limits));
        return new RateLimitDecision(true, limits.perMinute(), limits.perMinute() - 1, 0, 0);
    };
    private final CheckRateLimitService service = new CheckRateLimitService(recording, new RateLimitPolicy(30));

    @Test
    void every_key_of_an_account_draws_on_one_account_bucket_with_the_tier_limits() {
        service.check(new ApiCaller(new AccountId(5), new ApiKeyId(1), Tier.FREE, Tier.FREE));
        service.check(new ApiCaller(new AccountId(5), new ApiKeyId(2), Tier.FREE, Tier.FREE));
        assertThat(calls).containsExactly(new Call("account:5", new RateLimits(30, 500)),
                new Call("account:5", new RateLimits(30, 500)));
    }

    @Test
    void anonymous_callers_get_30_per_minute_per_address_and_no_daily_cap() {
        service.checkAnonymous("203.0.113.9");
        assertThat(calls).containsExactly(new Call("ip:203.0.113.9", new RateLimits(30, RateLimits.UNLIMITED)));
    }

    @Test
    void only_anonymous_callers_who_see_no_rate_limit_headers_take_the_unreported_path() {
        List<String> paths = new ArrayList<>();
        RateLimitPort limiter = new RateLimitPort() {
            @Override
            public RateLimitDecision tryConsume(String bucket, RateLimits limits) {
                paths.add("reported " + bucket);
                return RateLimitDecision.unlimited();
            }

            @Override
            public RateLimitDecision tryConsumeUnreported(String bucket, RateLimits limits) {
                paths.add("unreported " + bucket);
                return RateLimitDecision.unlimited();
            }
        };
        CheckRateLimitService checks = new CheckRateLimitService(limiter, new RateLimitPolicy(30));

        checks.checkAnonymous("203.0.113.9");
        checks.check(new ApiCaller(new AccountId(5), new ApiKeyId(1), Tier.FREE, Tier.FREE));

        assertThat(paths).containsExactly("unreported ip:203.0.113.9", "reported account:5");
    }

    @Test
    void the_unlimited_tier_never_touches_the_limiter() {
        RateLimitDecision decision = service.check(new ApiCaller(new AccountId(6), new ApiKeyId(3), Tier.UNLIMITED, Tier.UNLIMITED));
        assertThat(decision.allowed()).isTrue();
        assertThat(calls).isEmpty();
    }

    @Test
    void a_key_on_a_lower_tier_also_draws_on_its_own_bucket_and_reports_the_tighter_window() {
        RateLimitDecision decision = service.check(new ApiCaller(new AccountId(7), new ApiKeyId(9), Tier.FREE, Tier.PRO));
        assertThat(calls).containsExactly(new Call("key:9", new RateLimits(30, 500)),
                new Call("account:7", new RateLimits(120, 25_000)));
        assertThat(decision.limit()).isEqualTo(30);
    }
}
