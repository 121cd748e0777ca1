package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.application.port.out.InMemoryRateLimiter;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemoryPasswordHasher;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String RIGHT = "correct horse battery";
    private static final SignInThrottlePolicy POLICY = new SignInThrottlePolicy(new RateLimits(5, 50), new RateLimits(20, 500));

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryPasswordHasher hasher = new InMemoryPasswordHasher();
    /** 42 s before a minute's end, and never later: spent buckets do not refill under the test. */
    private final InMemoryRateLimiter buckets = new InMemoryRateLimiter(
            Clock.fixed(Instant.parse("2026-12-07T01:59:18Z"), ZoneOffset.UTC));
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
        assertThat(buckets.calls()).extracting(InMemoryRateLimiter.Call::bucket).isNotEmpty()
                .allSatisfy(bucket -> assertThat(buckets.usedToday(bucket)).isZero());
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
