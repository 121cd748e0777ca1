package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.http.SessionCookies;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Hands the admission's verdict ({@link AdmissionFilter}, which ran before JAX-RS and already
 * refused what it refuses) to the resources: the key's caller or the session's account. On the way
 * out it writes {@code X-RateLimit-*} (and {@code Retry-After}) for key callers and the session
 * cookie a resource asked for (login, register, logout).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String NOT_ADMITTED = "Request refused: it did not pass the admission";

    private final SessionCookies sessions;
    private final HttpServletRequest servletRequest;

    /** The servlet request is CDI's built-in proxy to the current one. */
    @Inject
    public CallerFilter(SessionCookies sessions, HttpServletRequest servletRequest) {
        this.sessions = sessions;
        this.servletRequest = servletRequest;
    }

    /**
     * For CDI's client proxy, and public because RESTEasy will only take a provider class whose
     * constructor it could call itself; it then asks CDI for the bean instead.
     */
    public CallerFilter() {
        this(null, null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<CallerAdmission.Admission> admitted = AdmissionFilter.verdict(servletRequest);
        if (admitted.isEmpty()) {
            // Fail closed: a request the front door never judged is not served.
            request.abortWith(ErrorResponse.of(403, NOT_ADMITTED));
            return;
        }
        CallerAdmission.Admission verdict = admitted.get();
        request.setProperty(RequestCaller.ADMISSION, verdict);
        if (verdict.caller() != null) {
            request.setProperty(RequestCaller.API_CALLER, verdict.caller());
        }
        if (verdict.session() != null) {
            request.setProperty(RequestCaller.SESSION_ACCOUNT, verdict.session());
        }
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
