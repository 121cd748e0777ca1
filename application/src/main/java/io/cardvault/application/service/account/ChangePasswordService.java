package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.ChangePasswordUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.WrongPasswordException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import jakarta.inject.Inject;

/**
 * Checks the current password, then stores the hash of the new one and ends every session of the
 * account on every node (a session someone else holds must not survive the change meant to shut
 * them out); the caller starts a fresh session for the browser that made the change.
 */
@UseCase
public class ChangePasswordService implements ChangePasswordUseCase {

    private final AccountStorePort accounts;
    private final PasswordHasherPort hasher;
    private final SessionStandingStorePort sessions;
    private final SessionStandingCachePort standings;

    @Inject
    public ChangePasswordService(AccountStorePort accounts, PasswordHasherPort hasher, SessionStandingStorePort sessions,
                                 SessionStandingCachePort standings) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.standings = standings;
    }

    /** For CDI's client proxy only. */
    protected ChangePasswordService() {
        this(null, null, null, null);
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Account account = accounts.findById(command.account())
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
        if (command.currentPassword().isEmpty() || !hasher.matches(command.currentPassword(), account.passwordHash())) {
            throw new WrongPasswordException();
        }
        accounts.update(account.changePassword(hasher.hash(command.newPassword())));
        sessions.endAllSessions(command.account());
        standings.forget(command.account());
    }
}
