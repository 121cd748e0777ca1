package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.RateLimitDecision;

/**
 * Use case: count one request against a quota. Key callers draw on their account's quota (all its
 * keys together); anonymous callers on a per-minute quota per client address; {@code /v1} callers
 * on their account's plan quota.
 */
public interface CheckRateLimitUseCase {

    RateLimitDecision check(ApiCaller caller);

    RateLimitDecision checkAnonymous(String clientAddress);

    /**
     * Counts one request of the PokeTrace-compatible API against the daily quota of the plan the
     * caller's account is on ({@link io.cardvault.domain.account.ApiPlan#of}): one bucket per account,
     * shared by all its keys and nodes, apart from the platform's own quota.
     */
    RateLimitDecision checkPlan(ApiCaller caller);
}
