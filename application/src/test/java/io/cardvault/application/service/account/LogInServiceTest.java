package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.out.InMemoryRateLimiter;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemoryPasswordHasher;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signing in by username or email with the right password; the throttle is {@link SignInThrottleTest}'s. */
class LogInServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryPasswordHasher hasher = new InMemoryPasswordHasher();
    private final LogInService logIn = new LogInService(accounts, hasher, new InMemoryRateLimiter(),
            new SignInThrottlePolicy(new RateLimits(5, 50), new RateLimits(20, 500)));

    private Account alice() {
        return accounts.add(Account.register(new Username("alice"), new EmailAddress("alice@example.com"),
                hasher.hash(PASSWORD), null, null, Instant.EPOCH));
    }

    @Test
    void the_right_password_signs_in_by_username_or_email_in_any_case() {
        Account alice = alice();

        assertThat(logIn.logIn(new LogInCommand("alice", PASSWORD, "198.51.100.7")).requireId()).isEqualTo(alice.requireId());
        assertThat(logIn.logIn(new LogInCommand("Alice@Example.com", PASSWORD, "198.51.100.7")).requireId())
                .isEqualTo(alice.requireId());
    }

    @Test
    void a_wrong_or_empty_password_and_an_unknown_or_malformed_login_get_the_same_refusal() {
        alice();

        for (LogInCommand refused : new LogInCommand[] {
                new LogInCommand("alice", "wrong password!", "198.51.100.7"),
                new LogInCommand("alice", "", "198.51.100.7"),
                new LogInCommand("nobody", PASSWORD, "198.51.100.7"),
                new LogInCommand("no such@address", PASSWORD, "198.51.100.7")}) {
            assertThatThrownBy(() -> logIn.logIn(refused)).isInstanceOf(InvalidCredentialsException.class)
                    .hasMessage(LogInService.WRONG_CREDENTIALS);
        }
    }
}
