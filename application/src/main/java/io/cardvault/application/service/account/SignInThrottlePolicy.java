package io.cardvault.application.service.account;

import io.cardvault.domain.account.RateLimits;
import java.util.Objects;

/**
 * How many sign-in attempts that do not succeed are allowed: per account and client address
 * (guessing one account's password), and per client address whatever the account (trying one
 * password on many accounts). Neither is keyed on the account alone, so nobody can lock a user out
 * by failing in their name from elsewhere.
 */
public record SignInThrottlePolicy(RateLimits perAccountAndAddress, RateLimits perAddress) {

    public SignInThrottlePolicy {
        Objects.requireNonNull(perAccountAndAddress, "perAccountAndAddress");
        Objects.requireNonNull(perAddress, "perAddress");
    }
}
