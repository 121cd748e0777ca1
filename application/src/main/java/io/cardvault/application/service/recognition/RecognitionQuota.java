package io.cardvault.application.service.recognition;

import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The spec's recognition gate: session users are unlimited; an API key's account needs a tier
 * with a recognition quota (Starter and above) and spends one of the tier's daily recognitions
 * per call, counted cluster-wide in the shared limiter under {@code recognition:<account>}
 * (daily window, reset at midnight UTC). The one place that decides it, so that an accounts
 * service can take it over.
 */
@ApplicationScoped
class RecognitionQuota {

    static final String BUCKET_PREFIX = "recognition:";

    private final AccountStorePort accounts;
    private final RateLimitPort limiter;

    @Inject
    RecognitionQuota(AccountStorePort accounts, RateLimitPort limiter) {
        this.accounts = accounts;
        this.limiter = limiter;
    }

    /** For CDI's client proxy only. */
    protected RecognitionQuota() {
        this(null, null);
    }

    /** Spends one recognition, or refuses (403 tier, 429 quota). */
    void spend(RecognitionCaller caller) {
        if (!caller.metered()) {
            return;
        }
        Tier tier = accounts.findById(caller.account()).map(Account::tier)
                .orElseThrow(() -> new RecognitionRefusedException(Reason.TIER_TOO_LOW, "Unknown account"));
        long perDay = tier.recognitionsPerDay();
        if (perDay <= 0) {
            throw new RecognitionRefusedException(Reason.TIER_TOO_LOW,
                    "Card recognition with an API key needs the Starter tier or above (current tier: "
                            + tier.displayName() + ")");
        }
        if (perDay == Long.MAX_VALUE) {
            return;
        }
        RateLimitDecision decision = limiter.tryConsume(BUCKET_PREFIX + caller.account().value(),
                new RateLimits(RateLimits.UNLIMITED, perDay));
        if (!decision.allowed()) {
            throw new RecognitionRefusedException(Reason.QUOTA_EXCEEDED, "Daily recognition quota of " + perDay
                    + " reached for the " + tier.displayName() + " tier", decision.retryAfterSeconds());
        }
    }
}
