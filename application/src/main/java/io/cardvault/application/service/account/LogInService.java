package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.LogInUseCase;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.port.out.RateLimitPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.cardvault.domain.account.Username;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the account by username or email and checks the password. An unknown login still costs
 * one hash comparison, so response times do not reveal which usernames exist.
 *
 * <p>Every attempt first takes a token from two shared buckets ({@link SignInThrottlePolicy}): the
 * client address's, and the account's at that address (the login's text when no account has it,
 * so unknown names are throttled alike). An empty bucket refuses the attempt before any password
 * is checked. A successful attempt gives its tokens back, so only failures count: a user who signs
 * in often is never slowed, and taking the token first means parallel guesses cannot slip past the
 * count.
 */
@UseCase
public class LogInService implements LogInUseCase {

    static final String WRONG_CREDENTIALS = "Invalid username or password";

    private final AccountStorePort accounts;
    private final PasswordHasherPort hasher;
    private final RateLimitPort limiter;
    private final SignInThrottlePolicy throttle;
    private final PasswordHash decoy;

    @Inject
    public LogInService(AccountStorePort accounts, PasswordHasherPort hasher, RateLimitPort limiter,
                        SignInThrottlePolicy throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.limiter = limiter;
        this.throttle = throttle;
        this.decoy = hasher == null ? null : hasher.hash("decoy password for unknown logins");
    }

    /** For CDI's client proxy only. */
    protected LogInService() {
        this(null, null, null, null);
    }

    @Override
    public Account logIn(LogInCommand command) {
        Optional<Account> account = find(command.login());
        String addressBucket = "signin-ip:" + command.clientAddress();
        String accountBucket = "signin:" + account.map(found -> "account:" + found.requireId().value())
                .orElse("login:" + command.login().toLowerCase(Locale.ROOT)) + "|" + command.clientAddress();
        take(addressBucket, throttle.perAddress());
        take(accountBucket, throttle.perAccountAndAddress());
        if (account.isEmpty()) {
            hasher.matches(command.password(), decoy);
            throw new InvalidCredentialsException(WRONG_CREDENTIALS);
        }
        if (command.password().isEmpty() || !hasher.matches(command.password(), account.get().passwordHash())) {
            throw new InvalidCredentialsException(WRONG_CREDENTIALS);
        }
        limiter.giveBack(accountBucket, throttle.perAccountAndAddress());
        limiter.giveBack(addressBucket, throttle.perAddress());
        return account.get();
    }

    private void take(String bucket, RateLimits limits) {
        RateLimitDecision decision = limiter.tryConsume(bucket, limits);
        if (!decision.allowed()) {
            throw new TooManySignInAttemptsException(Math.max(1, decision.retryAfterSeconds()));
        }
    }

    private Optional<Account> find(String login) {
        try {
            return login.contains("@")
                    ? accounts.findByEmail(new EmailAddress(login))
                    : accounts.findByUsername(new Username(login));
        } catch (InvalidAccountDataException notAName) {
            // A login that cannot be a username or email matches nobody.
            return Optional.empty();
        }
    }
}
