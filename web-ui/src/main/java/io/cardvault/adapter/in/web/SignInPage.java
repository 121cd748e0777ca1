package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.LogInUseCase;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.domain.account.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sign in with username or email and password; success sets the shared session cookie and opens the account. */
@Named
@RequestScoped
public class SignInPage {

    private final LogInUseCase logIn;
    private final WebContext web;
    private String login = "";
    private String password = "";
    private String error = "";

    @Inject
    public SignInPage(LogInUseCase logIn, WebContext web) {
        this.logIn = logIn;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected SignInPage() {
        this(null, null);
    }

    public void signIn() {
        try {
            Account account = logIn.logIn(new LogInCommand(login, password, web.clientAddress()));
            web.startSession(account.requireId());
            web.redirect("/account");
        } catch (InvalidCredentialsException e) {
            password = "";
            error = web.message("signin.failed");
        } catch (TooManySignInAttemptsException e) {
            password = "";
            error = web.message("signin.throttled", e.retryAfterSeconds());
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getError() {
        return error;
    }
}
