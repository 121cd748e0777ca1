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

/**
 * Sign in with username or email and password; success sets the shared session cookie and opens the
 * account, or the page that sent the visitor here ({@code ?next=/scan-pwa}): a path on this site only,
 * never another host.
 */
@Named
@RequestScoped
public class SignInPage {

    private final LogInUseCase logIn;
    private final WebContext web;
    private String login = "";
    private String password = "";
    private String error = "";
    private String next = "";

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
            Optional<String> page = nextPage(next);
            if (page.isPresent()) {
                web.redirect(page.get()); // a page by its path without a language: opened in the current one
            } else if (isLocalPath(next)) {
                web.redirectWithinSite(next); // the scan app (/scan-pwa) or a path already in a language
            } else {
                web.redirect("/account");
            }
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
        // a local path (isLocalPath) that is also short and holds no space, as a page's address is
        if (!isLocalPath(next) || next.length() > 300 || next.indexOf(' ') >= 0) {
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

    /** A path of this site: one leading slash, no scheme or host, no line breaks (an open redirect otherwise). */
    static boolean isLocalPath(String path) {
        return path != null && path.length() <= 512 && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith("/\\") && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next == null ? "" : next;
    }

    public String getError() {
        return error;
    }
}
