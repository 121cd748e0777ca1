package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordRules;
import io.cardvault.domain.account.Username;
import java.util.Objects;

/** A sign-up: the password is checked against the rules here, before anything is hashed. */
public record RegisterAccountCommand(Username username, EmailAddress email, String password,
                                     String displayName, String country) {

    public RegisterAccountCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        PasswordRules.requireAcceptable("password", password);
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[" + username.value() + "]";
    }
}
