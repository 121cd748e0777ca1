package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.DuplicateAccountException;
import jakarta.inject.Inject;
import java.time.Clock;

/** Checks the username and email are free, hashes the password and stores a Free-tier account. */
@UseCase
public class RegisterAccountService implements RegisterAccountUseCase {

    private final AccountStorePort accounts;
    private final PasswordHasherPort hasher;
    private final Clock clock;

    @Inject
    public RegisterAccountService(AccountStorePort accounts, PasswordHasherPort hasher) {
        this(accounts, hasher, Clock.systemUTC());
    }

    public RegisterAccountService(AccountStorePort accounts, PasswordHasherPort hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RegisterAccountService() {
        this(null, null, null);
    }

    @Override
    public Account register(RegisterAccountCommand command) {
        if (accounts.findByUsername(command.username()).isPresent()) {
            throw DuplicateAccountException.usernameTaken();
        }
        if (accounts.findByEmail(command.email()).isPresent()) {
            throw DuplicateAccountException.emailTaken();
        }
        return accounts.add(Account.register(command.username(), command.email(), hasher.hash(command.password()),
                command.displayName(), command.country(), clock.instant()));
    }
}
