package io.cardvault.application.port.out;

import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;

/**
 * Outgoing port: token buckets shared by every node. One call takes one token from the bucket
 * named {@code bucket}, creating it with {@code limits} on first use. Implementations never fail
 * a request because their store is down: they decide locally and conservatively instead.
 */
public interface RateLimitPort {

    RateLimitDecision tryConsume(String bucket, RateLimits limits);

    /**
     * Returns one token a {@link #tryConsume} took for something that turned out not to count (a
     * sign-in attempt that succeeded), never beyond the bucket's capacity. Best effort: when the
     * shared store cannot be reached, the token stays taken. By default nothing is given back, which
     * only ever errs on the strict side.
     */
    default void giveBack(String bucket, RateLimits limits) {
        // the token stays taken
    }

    /**
     * The same for a caller who is never shown the remaining count (anonymous callers get no
     * {@code X-RateLimit-*} headers): the decision's {@code remaining} may be approximate, and an
     * implementation may answer from what it learnt before (a refusal that still holds, tokens
     * taken from the shared bucket in a batch) instead of asking the shared store each time. It
     * must never allow more than the shared bucket holds.
     */
    default RateLimitDecision tryConsumeUnreported(String bucket, RateLimits limits) {
        return tryConsume(bucket, limits);
    }
}
