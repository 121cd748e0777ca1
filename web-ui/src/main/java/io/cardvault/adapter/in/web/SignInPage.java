package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.LogInUseCase;
import io.cardvault.application.port.in.account.TooManySignInAttemptsException;
import io.cardvault.domain.account.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

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
            web.redirect(nextPage(web.parameter("next")).orElse("/account"));
        } catch (InvalidCredentialsException e) {
            password = "";
            error = web.message("signin.failed");
        } catch (TooManySignInAttemptsException e) {
            password = "";
            error = web.message("signin.throttled", e.retryAfterSeconds());
        }
    }

    /**
     * Where a page that sent the visitor to sign in wants them back ({@code /listings/5},
     * {@code /sell?card=4}): only a page of this site, by its path in the current language; anything
     * else (another host, a path no page has) is ignored.
     */
    static Optional<String> nextPage(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.length() > 300
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return Optional.empty();
        }
        int query = next.indexOf('?');
        String path = query < 0 ? next : next.substring(0, query);
        return "/".equals(path) || WebRoutes.viewOf(path).isEmpty() ? Optional.empty() : Optional.of(next);
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
