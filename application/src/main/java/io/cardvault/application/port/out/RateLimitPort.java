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
}
