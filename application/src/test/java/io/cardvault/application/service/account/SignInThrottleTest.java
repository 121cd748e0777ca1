package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemoryPasswordHasher;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String RIGHT = "correct horse battery";
    private static final SignInThrottlePolicy POLICY = new SignInThrottlePolicy(new RateLimits(5, 50), new RateLimits(20, 500));

    /** Buckets that never refill: enough to count what the service takes and gives back (LogInServiceTest uses them too). */
    static final class Buckets implements RateLimitPort {
        final Map<String, Long> used = new HashMap<>();

        @Override
        public RateLimitDecision tryConsume(String bucket, RateLimits limits) {
            long taken = used.getOrDefault(bucket, 0L);
            if (taken >= limits.perMinute()) {
                return new RateLimitDecision(false, limits.perMinute(), 0, 0, 42);
            }
            used.put(bucket, taken + 1);
            return new RateLimitDecision(true, limits.perMinute(), limits.perMinute() - taken - 1, 0, 0);
        }

        @Override
        public void giveBack(String bucket, RateLimits limits) {
            used.computeIfPresent(bucket, (name, taken) -> Math.max(0, taken - 1));
        }
    }

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryPasswordHasher hasher = new InMemoryPasswordHasher();
    private final Buckets buckets = new Buckets();
    private final LogInService logIn = new LogInService(accounts, hasher, buckets, POLICY);

    private void signUp(String name) {
        accounts.add(Account.register(new Username(name), new EmailAddress(name + "@example.com"), hasher.hash(RIGHT),
                null, null, Instant.EPOCH));
    }

    @Test
    void five_failures_from_an_address_refuse_even_the_right_password_there_but_not_from_elsewhere() {
        signUp("alice");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand("alice", "guess", "198.51.100.7")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("alice", RIGHT, "198.51.100.7")))
                .isInstanceOfSatisfying(TooManySignInAttemptsException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(42);
                    assertThat(e.getMessage()).isEqualTo("Too many sign-in attempts. Retry after 42 seconds.");
                });
        // by email it is the same account: no fresh allowance
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("alice@example.com", RIGHT, "198.51.100.7")))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThat(logIn.logIn(new LogInCommand("alice", RIGHT, "203.0.113.5")).username().value())
                .as("the owner elsewhere is not locked out").isEqualTo("alice");
    }

    @Test
    void successful_sign_ins_give_their_tokens_back_so_only_failures_count() {
        signUp("alice");
        for (int i = 0; i < 30; i++) {
            logIn.logIn(new LogInCommand("alice", RIGHT, "198.51.100.7"));
        }
        assertThat(buckets.used.values()).allMatch(taken -> taken == 0);
    }

    @Test
    void one_address_failing_on_many_accounts_is_refused_after_its_own_limit() {
        for (int i = 0; i < 20; i++) {
            signUp("user" + i);
            String name = "user" + i;
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand(name, "123456789", "198.51.100.7")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        signUp("victim");
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("victim", "123456789", "198.51.100.7")))
                .isInstanceOf(TooManySignInAttemptsException.class);
    }

    @Test
    void unknown_logins_are_throttled_like_known_ones() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand("nobody", "guess", "198.51.100.7")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("NOBODY", "guess", "198.51.100.7")))
                .isInstanceOf(TooManySignInAttemptsException.class);
    }
}
