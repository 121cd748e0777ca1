package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.RateLimits;
import java.time.Instant;

/**
 * One key as lists show it: never the secret, only its first 12 characters ({@code prefix}).
 * Limits are the key's tier's; {@code null} means unlimited. {@code calls_today} counts the current
 * UTC day (this node's uses at once, other nodes' within one flush interval).
 */
public record ApiKeyResponse(long id, String name, String prefix, String tier, boolean isActive, Long dailyLimit,
                             Long rateLimitPerMinute, long callsToday, String lastUsedAt, String createdAt,
                             String expiresAt) {

    static ApiKeyResponse from(ApiKey key) {
        RateLimits limits = key.rateLimits();
        return new ApiKeyResponse(key.requireId().value(), key.name(), key.prefix(), key.tier().slug(), key.active(),
                finite(limits.perDay()), finite(limits.perMinute()), key.callsToday(Instant.now()),
                key.lastUsedAt().map(Instant::toString).orElse(null),
                key.createdAt().toString(), key.expiresAt().map(Instant::toString).orElse(null));
    }

    private static Long finite(long limit) {
        return limit == RateLimits.UNLIMITED ? null : limit;
    }
}
