package io.cardvault.boot;

import io.cardvault.application.service.account.AccountPolicy;
import io.cardvault.application.service.account.RateLimitPolicy;
import io.cardvault.application.service.account.SignInThrottlePolicy;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/** Turns the rate-limit, sign-in throttle and account settings into the typed policies the application receives. */
@ApplicationScoped
class AccountPolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    RateLimitPolicy rateLimitPolicy(Config config) {
        return new RateLimitPolicy(config.getValue("CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE", Long.class));
    }

    /** Dependent: a record cannot be proxied. */
    @Produces
    SignInThrottlePolicy signInThrottlePolicy(Config config) {
        return new SignInThrottlePolicy(
                new RateLimits(config.getValue("CARDVAULT_SIGNIN_FAILURES_PER_ACCOUNT_PER_MINUTE", Long.class),
                        config.getValue("CARDVAULT_SIGNIN_FAILURES_PER_ACCOUNT_PER_DAY", Long.class)),
                new RateLimits(config.getValue("CARDVAULT_SIGNIN_FAILURES_PER_ADDRESS_PER_MINUTE", Long.class),
                        config.getValue("CARDVAULT_SIGNIN_FAILURES_PER_ADDRESS_PER_DAY", Long.class)));
    }

    /** Dependent: a record cannot be proxied. */
    @Produces
    AccountPolicy accountPolicy(Config config) {
        return accountPolicy(config.getValue("CARDVAULT_ACCOUNT_DELETION_GRACE_SECONDS", Long.class),
                config.getOptionalValue("CARDVAULT_ADMIN_USERNAMES", String.class).orElse(""));
    }

    static AccountPolicy accountPolicy(long graceSeconds, String adminUsernames) {
        return new AccountPolicy(Duration.ofSeconds(graceSeconds), Arrays.stream(adminUsernames.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).map(Username::new).collect(Collectors.toSet()));
    }
}
