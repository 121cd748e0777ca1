package io.cardvault.adapter.in.http;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The front door: the first filter of every request (declared first in {@code web.xml}), and the
 * only place that reads a request's credentials. It judges the path once ({@link RequestPath}),
 * refuses a malformed path or query string, reads the API key and the {@code tcg_session} cookie,
 * asks {@link CallerAdmission} for the verdict and keeps it as a request attribute for the entry
 * points behind it ({@link #verdict}). Refusals are answered here, in the shape the route's callers
 * read ({@link Refusal}), with the CORS grant and the rate-limit headers. A CORS preflight goes on
 * unjudged: it is answered before authentication and limits.
 */
public class AdmissionFilter extends HttpFilter {

    /** The request attribute holding the {@link CallerAdmission.Admission}. */
    static final String VERDICT = "cardvault.admission";
    private static final long serialVersionUID = 1L;

    private transient CallerAdmission admission;
    private transient AllowedOrigins origins;

    /** The servlet container builds filters itself; their collaborators come from CDI when it starts them. */
    @Override
    public void init() {
        admission = CDI.current().select(CallerAdmission.class).get();
        origins = CDI.current().select(AllowedOrigins.class).get();
    }

    /** The verdict on this request; empty only if the admission did not run (a wiring mistake). */
    public static Optional<CallerAdmission.Admission> verdict(ServletRequest request) {
        return request.getAttribute(VERDICT) instanceof CallerAdmission.Admission verdict ? Optional.of(verdict) : Optional.empty();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestPath path = RequestPath.of(request.getRequestURI().substring(request.getContextPath().length()));
        String query = request.getQueryString();
        String queryProblem = QueryString.problem(query);
        CallerAdmission.Admission verdict;
        if (queryProblem != null && !path.malformed()) {
            verdict = CallerAdmission.Admission.refusal(400, queryProblem);
        } else if (!path.malformed() && preflight(request)) {
            verdict = CallerAdmission.Admission.ANONYMOUS;
        } else {
            verdict = admission.admit(path, request.getMethod(),
                    CallerAdmission.presentedKey(request.getHeader("Authorization"), request.getHeader("X-API-Key"),
                            path.malformed() ? null : QueryString.first(query, "api_key")),
                    presentedSession(request).orElse(null), request.getRemoteAddr(), () -> untrustedOrigin(request));
        }
        request.setAttribute(VERDICT, verdict);
        if (verdict.refused()) {
            refuse(request, response, verdict, path);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, CallerAdmission.Admission verdict,
                        RequestPath path) throws IOException {
        Refusal refusal = Refusal.of(verdict, path);
        response.setStatus(verdict.status());
        response.setHeader("Vary", "Origin");
        origins.grantHeaders(request.getHeader("Origin")).forEach(response::setHeader);
        verdict.headers().forEach((name, value) -> response.setHeader(name, value.toString()));
        response.setContentType(refusal.contentType());
        response.setContentLength(refusal.body().length);
        response.getOutputStream().write(refusal.body());
    }

    private static boolean preflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    private boolean untrustedOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String own = request.getScheme() + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
        return !origins.trustsWrite(request.getHeader("Origin"), request.getHeader("Referer"), own);
    }

    /**
     * The {@code tcg_session} value the request carries, unjudged: what the admission read, and what
     * a sign-out hands to the use case that ends that session.
     */
    public static Optional<String> presentedSession(HttpServletRequest request) {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a Cookie header the container cannot parse carries no session we could trust
        }
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionCookies.NAME.equals(cookie.getName())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
