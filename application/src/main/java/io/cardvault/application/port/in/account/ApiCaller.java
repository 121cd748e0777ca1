package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Tier;
import java.util.Objects;

/**
 * Who an API key speaks for: the account, the key used, the key's own tier (what the key may do:
 * tier gates and its own quota) and the account's tier (the quota all its keys share).
 */
public record ApiCaller(AccountId account, ApiKeyId key, Tier keyTier, Tier accountTier) {

    public ApiCaller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyTier, "keyTier");
        Objects.requireNonNull(accountTier, "accountTier");
    }

    /** The account's quota, shared by all its keys and nodes. */
    public RateLimits limits() {
        return accountTier.rateLimits();
    }

    /** Whether the key's own tier allows less than the account's, so it needs a bucket of its own too. */
    public boolean keyNarrowerThanAccount() {
        RateLimits own = keyTier.rateLimits();
        return own.perMinute() < limits().perMinute() || own.perDay() < limits().perDay();
    }
}
