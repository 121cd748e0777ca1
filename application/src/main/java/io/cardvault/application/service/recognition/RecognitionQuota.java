package io.cardvault.application.service.recognition;

import io.cardvault.application.port.in.account.ConsumeRecognitionQuotaUseCase;
import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The spec's recognition gate: session users are unlimited; an API key needs a tier with a
 * recognition quota (Starter and above: 403 otherwise) and spends one of the account's daily
 * recognitions per call through the accounts' quota use case (429 once spent).
 */
@ApplicationScoped
class RecognitionQuota {

    private final ConsumeRecognitionQuotaUseCase quota;

    @Inject
    RecognitionQuota(ConsumeRecognitionQuotaUseCase quota) {
        this.quota = quota;
    }

    /** For CDI's client proxy only. */
    protected RecognitionQuota() {
        this(null);
    }

    /** Spends one recognition, or refuses (403 tier, 429 quota). */
    void spend(RecognitionCaller caller) {
        if (!caller.metered()) {
            return;
        }
        Tier tier = caller.key().keyTier().recognitionsPerDay() < caller.key().accountTier().recognitionsPerDay()
                ? caller.key().keyTier() : caller.key().accountTier();
        if (tier.recognitionsPerDay() <= 0) {
            throw new RecognitionRefusedException(Reason.TIER_TOO_LOW,
                    "Card recognition with an API key needs the Starter tier or above (current tier: "
                            + tier.displayName() + ")");
        }
        RateLimitDecision decision = quota.consumeRecognition(caller.key());
        if (!decision.allowed()) {
            throw new RecognitionRefusedException(Reason.QUOTA_EXCEEDED, "Daily recognition quota of "
                    + tier.recognitionsPerDay() + " reached for the " + tier.displayName() + " tier",
                    decision.retryAfterSeconds());
        }
    }
}
