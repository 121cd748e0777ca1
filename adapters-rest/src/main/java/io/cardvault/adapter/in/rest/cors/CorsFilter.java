package io.cardvault.adapter.in.rest.cors;

import io.cardvault.adapter.in.http.AllowedOrigins;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS on the strict allow-list. A preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) from a listed origin is answered here, 204, before
 * authentication and rate limits; from any other origin 403 without CORS headers, so the browser
 * stops. Every other answer to a listed origin names that origin (never {@code *}), allows
 * credentials and exposes the rate-limit headers; answers always carry {@code Vary: Origin}. A
 * plain {@code OPTIONS} (no preflight) goes on to the resources as before. The allow-list and the
 * grant are the admission's ({@link AllowedOrigins}), shared with the answers served below JAX-RS.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, X-API-Key, X-Requested-With, Accept, Accept-Language";
    /** Browsers cap this anyway (Chromium at 2 h); ten minutes keeps a changed list effective soon. */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    private final AllowedOrigins allowed;

    @Inject
    public CorsFilter(AllowedOrigins allowed) {
        this.allowed = allowed;
    }

    /** For CDI's client proxy, and public for RESTEasy, which must see a constructor it could call. */
    public CorsFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || origin == null
                || request.getHeaderString("Access-Control-Request-Method") == null) {
            return;
        }
        if (!allowed.allows(origin)) {
            request.abortWith(ErrorResponse.of(403, "Origin not allowed"));
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                .header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        allowed.grantHeaders(request.getHeaderString("Origin")).forEach(headers::putSingle);
    }
}
