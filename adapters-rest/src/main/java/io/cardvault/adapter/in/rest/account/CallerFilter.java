package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.cors.AllowedOrigins;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.domain.account.AccountId;
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
 * Applies {@link CallerAdmission} to every JAX-RS request: records the key's caller or the
 * session's account for the resources, refuses with 401/403/429 in the {@code {"detail": …}}
 * shape, and on the way out writes {@code X-RateLimit-*} (and {@code Retry-After}) for key callers
 * and the session cookie a resource asked for (login, register, logout). A state-changing request
 * is cross-site when its {@code Origin} (or {@code Referer}) is neither this server nor an allowed
 * origin.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CallerAdmission admission;
    private final SessionCookies sessions;
    private final AllowedOrigins origins;
    private final HttpServletRequest servletRequest;

    /** The servlet request is CDI's built-in proxy to the current one. */
    @Inject
    public CallerFilter(CallerAdmission admission, SessionCookies sessions, AllowedOrigins origins,
                        HttpServletRequest servletRequest) {
        this.admission = admission;
        this.sessions = sessions;
        this.origins = origins;
        this.servletRequest = servletRequest;
    }

    /**
     * For CDI's client proxy, and public because RESTEasy will only take a provider class whose
     * constructor it could call itself; it then asks CDI for the bean instead.
     */
    public CallerFilter() {
        this(null, null, null, null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookies.NAME);
        CallerAdmission.Admission verdict = admission.admit(presentedKey(request), cookie == null ? null : cookie.getValue(),
                request.getUriInfo().getPath(), servletRequest == null ? null : servletRequest.getRemoteAddr(),
                () -> crossSiteWrite(request));
        request.setProperty(RequestCaller.ADMISSION, verdict);
        if (verdict.caller() != null) {
            request.setProperty(RequestCaller.API_CALLER, verdict.caller());
        }
        if (verdict.session() != null) {
            request.setProperty(RequestCaller.SESSION_ACCOUNT, verdict.session());
        }
        if (verdict.refused()) {
            request.abortWith(ErrorResponse.of(verdict.status(), verdict.detail()));
        }
    }

    private boolean crossSiteWrite(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String own = request.getUriInfo().getBaseUri().toString();
        return !origins.trustsWrite(request.getHeaderString("Origin"), request.getHeaderString("Referer"), own);
    }

    static Optional<String> presentedKey(ContainerRequestContext request) {
        return CallerAdmission.presentedKey(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString("X-API-Key"), request.getUriInfo().getQueryParameters().getFirst("api_key"));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (request.getProperty(RequestCaller.ADMISSION) instanceof CallerAdmission.Admission verdict) {
            verdict.headers().forEach(headers::putSingle);
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
