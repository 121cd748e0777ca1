package io.cardvault.domain.account;

/**
 * Request quotas: per minute and per UTC day. {@link #UNLIMITED} ({@code Long.MAX_VALUE}) means
 * no limit on that window.
 */
public record RateLimits(long perMinute, long perDay) {

    public static final long UNLIMITED = Long.MAX_VALUE;

    public RateLimits {
        if (perMinute < 1 || perDay < 1) {
            throw new InvalidAccountDataException("rate_limit", "rate limits must be positive");
        }
    }

    public boolean unlimited() {
        return perMinute == UNLIMITED && perDay == UNLIMITED;
    }

    /** The tighter of each window; a key may not exceed its account's tier. */
    public RateLimits capTo(RateLimits ceiling) {
        return new RateLimits(Math.min(perMinute, ceiling.perMinute), Math.min(perDay, ceiling.perDay));
    }
}
