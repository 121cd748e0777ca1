package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.ChangePasswordUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import jakarta.inject.Inject;

/** Checks the current password, then stores the hash of the new one. */
@UseCase
public class ChangePasswordService implements ChangePasswordUseCase {

    private final AccountStorePort accounts;
    private final PasswordHasherPort hasher;

    @Inject
    public ChangePasswordService(AccountStorePort accounts, PasswordHasherPort hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** For CDI's client proxy only. */
    protected ChangePasswordService() {
        this(null, null);
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Account account = accounts.findById(command.account())
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
        if (command.currentPassword().isEmpty() || !hasher.matches(command.currentPassword(), account.passwordHash())) {
            throw new WrongPasswordException();
        }
        accounts.update(account.changePassword(hasher.hash(command.newPassword())));
    }
}
