package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.application.service.UseCaseWithoutTransaction;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import jakarta.inject.Inject;

/**
 * Names the bucket (per account, or per client address) and asks the shared limiter. No database
 * work and on every request's path: no transaction interceptor at all ({@link UseCaseWithoutTransaction}).
 */
@UseCaseWithoutTransaction
public class CheckRateLimitService implements CheckRateLimitUseCase {

    private final RateLimitPort limiter;
    private final RateLimitPolicy policy;

    @Inject
    public CheckRateLimitService(RateLimitPort limiter, RateLimitPolicy policy) {
        this.limiter = limiter;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected CheckRateLimitService() {
        this(null, null);
    }

    @Override
    public RateLimitDecision check(ApiCaller caller) {
        RateLimitDecision own = RateLimitDecision.unlimited();
        if (caller.keyNarrowerThanAccount()) {
            // A key issued on a lower tier keeps to that tier too, on top of the account's shared quota.
            own = limiter.tryConsume("key:" + caller.key().value(), caller.keyTier().rateLimits());
            if (!own.allowed()) {
                return own;
            }
        }
        if (caller.limits().unlimited()) {
            return own;
        }
        RateLimitDecision shared = limiter.tryConsume("account:" + caller.account().value(), caller.limits());
        return !shared.allowed() || shared.remaining() <= own.remaining() ? shared : own;
    }

    @Override
    public RateLimitDecision checkAnonymous(String clientAddress) {
        // anonymous answers carry no X-RateLimit-* headers: the limiter may answer from what it learnt before
        return limiter.tryConsumeUnreported("ip:" + clientAddress, new RateLimits(policy.anonymousPerMinute(),
                RateLimits.UNLIMITED));
    }

    @Override
    public RateLimitDecision checkPlan(ApiCaller caller) {
        ApiPlan plan = ApiPlan.of(caller.accountTier());
        // the plan is part of the bucket's name: a bucket keeps the limits it was made with, so a new plan starts its own
        return limiter.tryConsume("plan:" + plan.name().toLowerCase(java.util.Locale.ROOT) + ":account:"
                + caller.account().value(), plan.rateLimits());
    }
}
