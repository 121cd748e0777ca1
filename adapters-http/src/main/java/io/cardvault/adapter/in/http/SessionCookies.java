package io.cardvault.adapter.in.http;

import io.cardvault.application.port.in.account.ResolveSessionUseCase;
import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.in.account.StartSessionUseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * Issues and reads the {@code tcg_session} cookie: HttpOnly, SameSite=Lax, Secure on HTTPS,
 * Max-Age 30 days, path {@code /}. The token inside is the application's (the web pages read and
 * write the same cookie through the same use cases).
 */
@ApplicationScoped
public class SessionCookies {

    public static final String NAME = "tcg_session";

    private final StartSessionUseCase start;
    private final ResolveSessionUseCase resolve;

    @Inject
    public SessionCookies(StartSessionUseCase start, ResolveSessionUseCase resolve) {
        this.start = start;
        this.resolve = resolve;
    }

    /** For CDI's client proxy only. */
    protected SessionCookies() {
        this(null, null);
    }

    public NewCookie issue(AccountId account, boolean secure) {
        SessionToken token = start.start(account);
        return cookie(token.value(), (int) token.lifetime().toSeconds(), secure);
    }

    public NewCookie clear(boolean secure) {
        return cookie("", 0, secure);
    }

    public Optional<AccountId> read(String value) {
        return resolve.resolve(value);
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
