package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.ConsumeRecognitionQuotaUseCase;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.KeyUsage;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * One bucket per account ({@code recognition:account:<id>}) on the same shared limiter as the
 * request quotas, sized by the lower of the key's and the account's recognitions per day.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // no database work
public class ConsumeRecognitionQuotaService implements ConsumeRecognitionQuotaUseCase {

    private final RateLimitPort limiter;
    private final Clock clock;

    @Inject
    public ConsumeRecognitionQuotaService(RateLimitPort limiter) {
        this(limiter, Clock.systemUTC());
    }

    public ConsumeRecognitionQuotaService(RateLimitPort limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ConsumeRecognitionQuotaService() {
        this(null, null);
    }

    @Override
    public RateLimitDecision consumeRecognition(ApiCaller caller) {
        long perDay = Math.min(caller.keyTier().recognitionsPerDay(), caller.accountTier().recognitionsPerDay());
        if (perDay == Tier.UNLIMITED.recognitionsPerDay()) {
            return RateLimitDecision.unlimited();
        }
        if (perDay == 0) {
            Instant midnight = KeyUsage.dayOf(clock.instant()).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            return new RateLimitDecision(false, 0, 0, midnight.getEpochSecond(),
                    Math.max(1, midnight.getEpochSecond() - clock.instant().getEpochSecond()));
        }
        return limiter.tryConsume("recognition:account:" + caller.account().value(),
                new RateLimits(RateLimits.UNLIMITED, perDay));
    }
}
