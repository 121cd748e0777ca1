package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.AccountId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What the admission decided about a request, as {@link CallerFilter} hands it to the resources in request properties: the session's
 * account or the API key's caller, the whole admission (with the limiter's decision), and whether the resource asked to
 * start or end a session (the filter writes the cookie on the way out). In a servlet container
 * JAX-RS request properties are the servlet request's attributes, so resources read them there.
 */
public final class RequestCaller {

    static final String SESSION_ACCOUNT = "cardvault.caller.session";
    static final String API_CALLER = "cardvault.caller.key";
    static final String ADMISSION = "cardvault.caller.admission";
    static final String START_SESSION = "cardvault.session.start";
    static final String END_SESSION = "cardvault.session.end";

    private RequestCaller() {
    }

    public static Optional<AccountId> session(HttpServletRequest request) {
        return Optional.ofNullable((AccountId) request.getAttribute(SESSION_ACCOUNT));
    }

    public static Optional<ApiCaller> apiKey(HttpServletRequest request) {
        return Optional.ofNullable((ApiCaller) request.getAttribute(API_CALLER));
    }

    /** The signed-in account (session cookie); a request without one is a 401, a key-only caller a 403. */
    static AccountId requireSession(HttpServletRequest request) {
        return session(request).orElseThrow(() -> apiKey(request).isPresent()
                ? new SessionRequiredException()
                : new InvalidCredentialsException("Not authenticated"));
    }

    /** The account a request acts for, by session or by API key. */
    public static AccountId requireAccount(HttpServletRequest request) {
        return session(request).or(() -> apiKey(request).map(ApiCaller::account))
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
    }

    static void startSession(HttpServletRequest request, AccountId account) {
        request.removeAttribute(END_SESSION);
        request.setAttribute(START_SESSION, account);
    }

    static void endSession(HttpServletRequest request) {
        request.removeAttribute(START_SESSION);
        request.setAttribute(END_SESSION, Boolean.TRUE);
    }
}
