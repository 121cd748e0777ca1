package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.PasswordRules;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Sign up: the domain's rules decide what is valid (the same as the API's); every broken rule is shown
 * at once, each beside its field in the page's language (the domain stops at the first, so each field
 * is checked on its own first). Success signs in and opens the account.
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
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();

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
        fieldErrors.clear();
        check("username", username, () -> new Username(username));
        check("email", email, () -> new EmailAddress(email));
        check("password", password, () -> PasswordRules.requireAcceptable("password", password));
        if (fieldErrors.isEmpty()) {
            register();
        }
        if (!fieldErrors.isEmpty()) {
            password = ""; // a refused form never sends the password back to the page
        }
    }

    private void register() {
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

    /** An empty field is asked for; a filled one is held to the domain's rule for it. */
    private void check(String name, String value, Runnable rule) {
        if (value == null || value.isEmpty()) {
            fail(name, "form.required", "required");
            return;
        }
        try {
            rule.run();
        } catch (InvalidAccountDataException e) {
            fail(e.field(), "signup.invalid." + e.field(), e.getMessage());
        }
    }

    private void fail(String failedField, String key, String fallback) {
        if (field.isEmpty()) {
            field = failedField;
        }
        String message;
        try {
            message = web.message(key);
        } catch (MissingResourceException e) {
            message = fallback;
        }
        fieldErrors.putIfAbsent(failedField, message);
        error = fieldErrors.size() == 1 ? message : web.message("signup.fixFields");
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

    /** The first field an error is about ({@code username}, {@code email}, {@code password}); empty when none. */
    public String getField() {
        return field;
    }

    /** Each field's broken rule in the page's language, by field name; empty when none. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    public String getError() {
        return error;
    }
}
