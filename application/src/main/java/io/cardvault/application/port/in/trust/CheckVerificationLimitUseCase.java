package io.cardvault.application.port.in.trust;

import io.cardvault.domain.account.RateLimitDecision;

/**
 * Use case: count one verification request (a code lookup, a photo check, a verification page)
 * against its client address's own per-minute quota, whoever the caller is: the verification routes
 * are public, so a session or a key must not lift the one brake on walking through codes.
 */
public interface CheckVerificationLimitUseCase {

    RateLimitDecision check(String clientAddress);
}
