package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.RateLimits;
import java.util.Objects;

/** Who an API key speaks for: the account, the key used, and the account's quotas (shared by all its keys). */
public record ApiCaller(AccountId account, ApiKeyId key, RateLimits limits) {

    public ApiCaller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(limits, "limits");
    }
}
