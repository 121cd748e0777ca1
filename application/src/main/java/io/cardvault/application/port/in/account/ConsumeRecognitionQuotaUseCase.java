package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.RateLimitDecision;

/**
 * Use case for the recognition module: take one scan from the account's daily recognition quota
 * (the tier table's Recognition / day, shared by all keys and nodes, reset at midnight UTC). A
 * Free-tier key has none. Session-cookie users are not counted (the spec: unlimited scans).
 */
public interface ConsumeRecognitionQuotaUseCase {

    RateLimitDecision consumeRecognition(ApiCaller caller);
}
