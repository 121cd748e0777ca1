package io.cardvault.adapter.in.rest;

import io.cardvault.adapter.in.http.AllowedOrigins;
import io.cardvault.adapter.in.http.CallerAdmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a fast path (a servlet filter answering a held answer below JAX-RS) sends: the bytes and
 * headers the resource would send through JAX-RS (the admission's headers, the CORS grant, JSON,
 * the route's {@code Cache-Control} if it has one).
 */
public final class HeldAnswer {

    private HeldAnswer() {
    }

    /** {@code cacheControl}: the route's header value, or null for a route that sends none. */
    public static void send(HttpServletRequest request, HttpServletResponse response, CallerAdmission.Admission admission,
                            AllowedOrigins origins, String cacheControl, byte[] json) throws IOException {
        response.setHeader("Vary", "Origin");
        origins.grantHeaders(request.getHeader("Origin")).forEach(response::setHeader);
        admission.headers().forEach((name, value) -> response.setHeader(name, value.toString()));
        response.setContentType("application/json");
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
