package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.MissingResourceException;

/**
 * Sign up: the domain's rules decide what is valid (the same as the API's); a broken rule is shown
 * beside its field in the page's language. Success signs in and opens the account.
 */
@Named
@RequestScoped
public class SignUpPage {

    private final RegisterAccountUseCase register;
    private final WebContext web;
    private String username = "";
    private String email = "";
    private String password = "";
    private String field = "";
    private String error = "";

    @Inject
    public SignUpPage(RegisterAccountUseCase register, WebContext web) {
        this.register = register;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected SignUpPage() {
        this(null, null);
    }

    public void signUp() {
        field = "";
        error = "";
        try {
            Account account = register.register(new RegisterAccountCommand(new Username(username), new EmailAddress(email),
                    password, null, null));
            web.startSession(account.requireId());
            web.redirect("/account");
        } catch (InvalidAccountDataException e) {
            fail(e.field(), "signup.invalid." + e.field(), e.getMessage());
        } catch (DuplicateAccountException e) {
            fail(e.field(), "signup.taken." + e.field(), e.getMessage());
        }
    }

    private void fail(String failedField, String key, String fallback) {
        password = "";
        field = failedField;
        try {
            error = web.message(key);
        } catch (MissingResourceException e) {
            error = fallback;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The field the error is about ({@code username}, {@code email}, {@code password}); empty when none. */
    public String getField() {
        return field;
    }

    public String getError() {
        return error;
    }
}
