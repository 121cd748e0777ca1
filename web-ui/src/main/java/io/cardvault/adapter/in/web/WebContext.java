package io.cardvault.adapter.in.web;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.http.SessionCookies;
import io.cardvault.application.port.in.account.EndSessionUseCase;
import io.cardvault.application.port.in.account.GetAccountUseCase;
import io.cardvault.application.port.in.account.SessionToken;
import io.cardvault.application.port.in.account.StartSessionUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What every page needs to know about the request: its language (the URL's prefix), links in that
 * language, and who is signed in. The session is the API's {@code tcg_session} cookie, written
 * through the same use case and read by the one admission every request passes
 * ({@link AdmissionFilter}), so signing in on the site also signs in the API and back.
 */
@Named("web")
@RequestScoped
public class WebContext {

    static final String SESSION_COOKIE = SessionCookies.NAME;
    static final String MESSAGES = "io.cardvault.adapter.in.web.messages";

    private final HttpServletRequest request;
    private final StartSessionUseCase startSession;
    private final EndSessionUseCase endSession;
    private final GetAccountUseCase accounts;
    private Optional<AccountId> signedIn;
    private Optional<Account> account;

    @Inject
    public WebContext(HttpServletRequest request, StartSessionUseCase startSession, EndSessionUseCase endSession,
                      GetAccountUseCase accounts) {
        this.request = request;
        this.startSession = startSession;
        this.endSession = endSession;
        this.accounts = accounts;
    }

    /** For CDI's client proxy only. */
    protected WebContext() {
        this(null, null, null, null);
    }

    /** {@code en} or {@code nl}: the first segment of the page's URL. */
    public String getLanguage() {
        String servletPath = request.getServletPath();
        String code = servletPath == null || servletPath.length() < 2 ? "" : servletPath.substring(1);
        return WebRoutes.LANGUAGES.contains(code) ? code : WebRoutes.DEFAULT_LANGUAGE;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    /** Root of this language's pages, e.g. {@code /en}; links are {@code #{web.base}/cards/4}. */
    public String getBase() {
        return request.getContextPath() + "/" + getLanguage();
    }

    /** The other language the site speaks, for the language switch. */
    public String getOtherLanguage() {
        return "en".equals(getLanguage()) ? "nl" : "en";
    }

    /** This very page in the other language (same path and query). */
    public String getOtherLanguageUrl() {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = failed instanceof String original ? original
                : forwarded instanceof String original ? original : request.getRequestURI();
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        // an error page links to the other language's home: the failed request's query may be what failed
        String query = failed != null ? null : forwarded != null ? (String) forwardedQuery : request.getQueryString();
        String prefix = request.getContextPath() + "/" + getLanguage();
        String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        if (path.endsWith(".xhtml") || failed != null) {
            path = "";
        }
        return request.getContextPath() + "/" + getOtherLanguage() + path + (query == null ? "" : "?" + query);
    }

    public boolean isSignedIn() {
        return signedInAccount().isPresent();
    }

    public String getUsername() {
        return currentAccount().map(found -> found.username().value()).orElse("");
    }

    Optional<AccountId> signedInAccount() {
        if (signedIn == null) {
            signedIn = AdmissionFilter.verdict(request).map(CallerAdmission.Admission::session);
        }
        return signedIn;
    }

    /** The signed-in account; empty when nobody is, or the account no longer exists. */
    Optional<Account> currentAccount() {
        if (account == null) {
            account = signedInAccount().flatMap(accounts::account);
        }
        return account;
    }

    void startSession(AccountId id) {
        SessionToken token = startSession.start(id);
        response().addCookie(sessionCookie(token.value(), (int) token.lifetime().toSeconds()));
        signedIn = Optional.of(id);
        account = null;
    }

    /** Signs out: the session ends on every node (a copied cookie is worthless), and the browser drops the cookie. */
    void endSession() {
        AdmissionFilter.presentedSession(request).ifPresent(endSession::endSession);
        response().addCookie(sessionCookie("", 0));
        signedIn = Optional.empty();
        account = Optional.empty();
    }

    /** The same cookie the API writes: HttpOnly, SameSite=Lax, path /, Secure on HTTPS. */
    private Cookie sessionCookie(String value, int maxAge) {
        Cookie cookie = new Cookie(SESSION_COOKIE, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** A message of this page's language. */
    String message(String key) {
        return ResourceBundle.getBundle(MESSAGES, getLocale()).getString(key);
    }

    /**
     * A message with its arguments, through {@link MessageFormat} in this page's language, so a count
     * picks its plural form from the message ({@code {0,choice,1#1 dag|1<{0,number,integer} dagen}}).
     */
    String message(String key, Object... arguments) {
        return format(getLocale(), key, arguments);
    }

    static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(MESSAGES, locale).getString(key), locale).format(arguments);
    }

    /** Answers the current request with a redirect to a page of this language ({@code /account}) and ends the Faces work. */
    void redirect(String page) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(getBase() + ("/".equals(page) ? "" : page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redirects to a path of this site outside the language prefixes ({@code /scan-pwa}); the caller checked it is local. */
    void redirectWithinSite(String path) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** View action of the 404 page: an unknown path is answered 404. */
    public void markNotFound() {
        notFound();
    }

    /**
     * View action of the general error page: it answers with the status the container dispatched
     * it for; opened directly, there is no error to show, so it is a 404.
     */
    public void markError() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(getErrorStatus());
    }

    /** The status the container's error dispatch carries (500 for a thrown exception); 404 outside one. */
    public int getErrorStatus() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status && status >= 400
                ? status : HttpServletResponse.SC_NOT_FOUND;
    }

    /** A server fault (5xx) rather than a request the site cannot serve (4xx): the page words them apart. */
    public boolean isServerFault() {
        return getErrorStatus() >= 500;
    }

    /** Marks the answer as 404: the page then shows its not-found content. */
    void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The socket peer (never a forwarded-for header: a client writes any address there). */
    String clientAddress() {
        return request.getRemoteAddr();
    }

    String parameter(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    int pageParameter() {
        try {
            return Math.max(1, Integer.parseInt(parameter("page")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
