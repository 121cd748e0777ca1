package io.cardvault.adapter.in.rest;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.AllowedOrigins;
import io.cardvault.adapter.in.http.CallerAdmission;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A fast path: a servlet filter that answers a {@code GET} of its route below JAX-RS when the
 * route's cache holds the answer, with the bytes and headers the resource would send (the
 * admission's headers, the CORS grant, JSON, the route's {@code Cache-Control} if it has one), after
 * the same admission ({@link AdmissionFilter} judged the request and answered any refusal). Anything
 * not held goes on to JAX-RS untouched, which validates it, answers it and fills the cache. Answers
 * sent here count in the resource method's REST request timer ({@link FastPathMetrics}).
 */
public abstract class HeldAnswerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final FastPathMetrics.Route route;
    private final String cacheControl;
    private transient AllowedOrigins origins;
    private transient FastPathMetrics metrics;

    /** {@code cacheControl}: the route's header value, or null for a route that sends none. */
    protected HeldAnswerFilter(FastPathMetrics.Route route, String cacheControl) {
        this.route = route;
        this.cacheControl = cacheControl;
    }

    /** The servlet container builds filters itself; their collaborators come from CDI when it starts them. */
    @Override
    public final void init() {
        origins = CDI.current().select(AllowedOrigins.class).get();
        metrics = CDI.current().select(FastPathMetrics.class).get();
        start();
    }

    /** Looks up the route's cache (from CDI). */
    protected abstract void start();

    /** The held answer to this {@code GET}, or null when the request is not of the route's plain form or not held. */
    protected abstract byte[] held(HttpServletRequest request);

    @Override
    protected final void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        byte[] held = "GET".equals(request.getMethod()) ? held(request) : null;
        Optional<CallerAdmission.Admission> verdict = AdmissionFilter.verdict(request);
        if (held == null || verdict.isEmpty()) {
            chain.doFilter(request, response); // JAX-RS answers, and refuses what was never admitted
            return;
        }
        response.setHeader("Vary", "Origin");
        origins.grantHeaders(request.getHeader("Origin")).forEach(response::setHeader);
        verdict.get().headers().forEach((name, value) -> response.setHeader(name, value.toString()));
        response.setContentType("application/json");
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        response.setContentLength(held.length);
        response.getOutputStream().write(held);
        metrics.answered(route, start);
    }

    /** The request's path below the context root. */
    protected static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
