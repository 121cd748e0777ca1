package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.PasswordRules;
import java.util.Objects;

/** A password change by the signed-in owner: the current password proves it is them. */
public record ChangePasswordCommand(AccountId account, String currentPassword, String newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(account, "account");
        currentPassword = currentPassword == null ? "" : currentPassword;
        PasswordRules.requireAcceptable("new_password", newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + account.value() + "]";
    }
}
