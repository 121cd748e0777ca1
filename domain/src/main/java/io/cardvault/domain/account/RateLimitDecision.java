package io.cardvault.domain.account;

/**
 * The limiter's answer for one request: whether it may proceed, the limit of the window that
 * binds (reported as {@code X-RateLimit-Limit}), the requests left in it, when it resets (epoch
 * seconds) and, when refused, how many seconds to wait.
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, long resetEpochSeconds,
                                long retryAfterSeconds) {

    public RateLimitDecision {
        if (remaining < 0 || limit < 0 || retryAfterSeconds < 0) {
            throw new InvalidAccountDataException("rate_limit", "negative rate-limit figures");
        }
    }

    public static RateLimitDecision unlimited() {
        return new RateLimitDecision(true, RateLimits.UNLIMITED, RateLimits.UNLIMITED, 0, 0);
    }
}
