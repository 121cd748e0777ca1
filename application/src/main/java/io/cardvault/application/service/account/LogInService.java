package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.LogInUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Username;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Finds the account by username or email and checks the password. An unknown login still costs
 * one hash comparison, so response times do not reveal which usernames exist.
 */
@UseCase
public class LogInService implements LogInUseCase {

    static final String WRONG_CREDENTIALS = "Invalid username or password";

    private final AccountStorePort accounts;
    private final PasswordHasherPort hasher;
    private final PasswordHash decoy;

    @Inject
    public LogInService(AccountStorePort accounts, PasswordHasherPort hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoy = hasher == null ? null : hasher.hash("decoy password for unknown logins");
    }

    /** For CDI's client proxy only. */
    protected LogInService() {
        this(null, null);
    }

    @Override
    public Account logIn(LogInCommand command) {
        Optional<Account> account = find(command.login());
        if (account.isEmpty()) {
            hasher.matches(command.password(), decoy);
            throw new InvalidCredentialsException(WRONG_CREDENTIALS);
        }
        if (command.password().isEmpty() || !hasher.matches(command.password(), account.get().passwordHash())) {
            throw new InvalidCredentialsException(WRONG_CREDENTIALS);
        }
        return account.get();
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
