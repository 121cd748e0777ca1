package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.cors.AllowedOrigins;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.AuthenticateApiKeyUseCase;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.RecordApiKeyUseUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.RateLimitDecision;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every request and applies the rate limits.
 *
 * <ol>
 *   <li>An API key ({@code Authorization: Bearer csm_…}, {@code X-API-Key}, or {@code ?api_key=},
 *       in that order) must be valid, or the answer is 401; a key caller draws on its account's
 *       quota on every route and every answer carries {@code X-RateLimit-*}.</li>
 *   <li>Otherwise a valid {@code tcg_session} cookie signs the account in; session users bypass
 *       the limiter (the spec: the website itself). A bad or expired cookie is ignored.</li>
 *   <li>Anyone else is anonymous: routes under {@code /api/} and {@code /auth/} count against the
 *       client address (the socket's peer).</li>
 * </ol>
 * A state-changing request carrying a valid session cookie, and any sign-in or sign-up, whose
 * {@code Origin} (or {@code Referer}) is neither this server nor an allowed origin is refused 403
 * (cross-site request forgery); API-key callers are exempt.
 * Over the limit: 429 with {@code Retry-After}. On the way out it writes the session cookie a
 * resource asked for (login, register, logout).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    private static final String BEARER = "bearer ";

    static final String CROSS_SITE_REFUSED = "Cross-site request refused: the Origin is not trusted";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuthenticateApiKeyUseCase authenticate;
    private final CheckRateLimitUseCase rateLimits;
    private final RecordApiKeyUseUseCase recordUse;
    private final SessionCookies sessions;
    private final AllowedOrigins origins;
    private final HttpServletRequest servletRequest;

    /** The servlet request is CDI's built-in proxy to the current one. */
    @Inject
    public CallerFilter(AuthenticateApiKeyUseCase authenticate, CheckRateLimitUseCase rateLimits,
                        RecordApiKeyUseUseCase recordUse, SessionCookies sessions, AllowedOrigins origins,
                        HttpServletRequest servletRequest) {
        this.authenticate = authenticate;
        this.rateLimits = rateLimits;
        this.recordUse = recordUse;
        this.sessions = sessions;
        this.origins = origins;
        this.servletRequest = servletRequest;
    }

    /**
     * For CDI's client proxy, and public because RESTEasy will only take a provider class whose
     * constructor it could call itself; it then asks CDI for the bean instead.
     */
    public CallerFilter() {
        this(null, null, null, null, null, null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> key = presentedKey(request);
        if (key.isPresent()) {
            ApiCaller caller;
            try {
                caller = authenticate.authenticate(key.get());
            } catch (InvalidCredentialsException e) {
                request.abortWith(ErrorResponse.of(401, e.getMessage()));
                return;
            }
            request.setProperty(RequestCaller.API_CALLER, caller);
            if (limit(request, rateLimits.check(caller))) {
                recordUse.recordUse(caller);
            }
            return;
        }
        Cookie cookie = request.getCookies().get(SessionCookies.NAME);
        Optional<AccountId> session = cookie == null ? Optional.empty() : sessions.read(cookie.getValue());
        String path = request.getUriInfo().getPath();
        if ((session.isPresent() || signInRoute(path)) && crossSiteWrite(request)) {
            // Key callers are exempt: a browser never adds an API key to a forged request by itself.
            request.abortWith(ErrorResponse.of(403, CROSS_SITE_REFUSED));
            return;
        }
        if (session.isPresent()) {
            request.setProperty(RequestCaller.SESSION_ACCOUNT, session.get());
            return;
        }
        if (anonymouslyLimited(path)) {
            limit(request, rateLimits.checkAnonymous(clientAddress()));
        }
    }

    /** The API and the sign-in routes (login and sign-up guessing), not pages, health or metrics. */
    static boolean anonymouslyLimited(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("api/") || relative.startsWith("auth/");
    }

    /** Sign-in and sign-up are guarded too, so no other site can sign a browser into an account of its choosing. */
    static boolean signInRoute(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("auth/") || relative.startsWith("api/auth/");
    }

    private boolean crossSiteWrite(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String own = request.getUriInfo().getBaseUri().toString();
        return !origins.trustsWrite(request.getHeaderString("Origin"), request.getHeaderString("Referer"), own);
    }

    /** Records the decision and refuses the request when over the limit; returns whether it may proceed. */
    private boolean limit(ContainerRequestContext request, RateLimitDecision decision) {
        request.setProperty(RequestCaller.RATE_LIMIT, decision);
        if (!decision.allowed()) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(ErrorResponse.of(429,
                            "Rate limit exceeded. Retry after " + decision.retryAfterSeconds() + " seconds."))
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                    .build());
        }
        return decision.allowed();
    }

    static Optional<String> presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        String header = request.getHeaderString("X-API-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        return Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst("api_key"))
                .filter(value -> !value.isBlank());
    }

    private String clientAddress() {
        // The socket's peer, never X-Forwarded-For: a client could write any address there.
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (request.getProperty(RequestCaller.API_CALLER) != null) {
            Optional.ofNullable((RateLimitDecision) request.getProperty(RequestCaller.RATE_LIMIT)).filter(decision -> decision.limit() != io.cardvault.domain.account.RateLimits.UNLIMITED)
                    .ifPresent(decision -> {
                        headers.putSingle(LIMIT, decision.limit());
                        headers.putSingle(REMAINING, decision.remaining());
                        headers.putSingle(RESET, decision.resetEpochSeconds());
                    });
        }
        boolean secure = request.getSecurityContext().isSecure()
                || "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        Object start = request.getProperty(RequestCaller.START_SESSION);
        NewCookie cookie = null;
        if (start instanceof AccountId account) {
            cookie = sessions.issue(account, secure);
        } else if (request.getProperty(RequestCaller.END_SESSION) != null) {
            cookie = sessions.clear(secure);
        }
        if (cookie != null) {
            headers.add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
