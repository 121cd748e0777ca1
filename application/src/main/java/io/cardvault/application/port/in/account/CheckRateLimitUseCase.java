package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.RateLimitDecision;

/**
 * Use case: count one request against a quota. Key callers draw on their account's quota (all its
 * keys together); anonymous callers on a per-minute quota per client address.
 */
public interface CheckRateLimitUseCase {

    RateLimitDecision check(ApiCaller caller);

    RateLimitDecision checkAnonymous(String clientAddress);
}
