package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.http.AllowedOrigins;
import io.cardvault.adapter.in.http.CallerAdmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a fast path sends for an answer it holds: the bytes and headers the resource would send
 * through JAX-RS (the admission's headers, the CORS grant, JSON, the v2 {@code Cache-Control}).
 */
final class HeldAnswer {

    private HeldAnswer() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, CallerAdmission.Admission admission,
                     AllowedOrigins origins, byte[] json) throws IOException {
        response.setHeader("Vary", "Origin");
        origins.grantHeaders(request.getHeader("Origin")).forEach(response::setHeader);
        admission.headers().forEach((name, value) -> response.setHeader(name, value.toString()));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", V2Caching.CACHE_CONTROL);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
