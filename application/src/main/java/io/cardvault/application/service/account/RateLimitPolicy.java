package io.cardvault.application.service.account;

/** How many requests per minute an anonymous client address may make (the spec: 30). */
public record RateLimitPolicy(long anonymousPerMinute) {

    public RateLimitPolicy {
        if (anonymousPerMinute < 1) {
            throw new IllegalArgumentException("anonymous per-minute limit must be positive: " + anonymousPerMinute);
        }
    }
}
