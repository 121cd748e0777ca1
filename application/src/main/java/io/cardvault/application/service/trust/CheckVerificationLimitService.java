package io.cardvault.application.service.trust;

import io.cardvault.application.port.in.trust.CheckVerificationLimitUseCase;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The verification routes' bucket per client address, in the shared limiter beside the others. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // no database work: never hold a transaction
public class CheckVerificationLimitService implements CheckVerificationLimitUseCase {

    private final RateLimitPort limiter;
    private final VerificationPolicy policy;

    @Inject
    public CheckVerificationLimitService(RateLimitPort limiter, VerificationPolicy policy) {
        this.limiter = limiter;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected CheckVerificationLimitService() {
        this(null, null);
    }

    @Override
    public RateLimitDecision check(String clientAddress) {
        return limiter.tryConsume("verify:ip:" + clientAddress, new RateLimits(policy.perMinute(), RateLimits.UNLIMITED));
    }
}
