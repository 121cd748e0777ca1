package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.adapter.in.rest.account.CallerAdmission;
import io.cardvault.adapter.in.rest.account.SessionCookies;
import io.cardvault.adapter.in.rest.cors.AllowedOrigins;
import io.cardvault.adapter.in.rest.cors.CorsFilter;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * {@code GET /api/v2/cards/{id}} answered below JAX-RS when {@link CardDetailCache} holds the card:
 * the same bytes and headers the resource would send, after the same admission (key, session,
 * limits: {@link CallerAdmission}) and with the same CORS grant. The detail is the API's hottest
 * read; once its JSON is cached, most of a request's cost was the REST stack around a map lookup
 * (RESTEasy's matching, CDI contexts, providers), which this skips. Anything else (a card not held
 * yet, another route or method, a malformed id) goes on to JAX-RS untouched, which also fills the
 * cache. Answers served here are not in the REST request metrics.
 */
@WebFilter(urlPatterns = CardDetailFastPath.CARDS + "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CardDetailFastPath extends HttpFilter {

    static final String CARDS = "/api/v2/cards";
    private static final long serialVersionUID = 1L;
    /** Longer digit runs may not fit a long: JAX-RS answers those. */
    private static final int MAX_ID_DIGITS = 18;

    private transient CardDetailCache details;
    private transient CallerAdmission admission;
    private transient AllowedOrigins origins;

    /** The servlet container builds filters itself; their collaborators come from CDI when it starts them. */
    @Override
    public void init() {
        details = CDI.current().select(CardDetailCache.class).get();
        admission = CDI.current().select(CallerAdmission.class).get();
        origins = CDI.current().select(AllowedOrigins.class).get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        OptionalLong cardId = "GET".equals(request.getMethod()) ? cardId(path) : OptionalLong.empty();
        byte[] held = cardId.isPresent() ? details.held(cardId.getAsLong()) : null;
        if (held == null) {
            chain.doFilter(request, response);
            return;
        }
        CallerAdmission.Admission verdict = admission.admit(
                CallerAdmission.presentedKey(request.getHeader("Authorization"), request.getHeader("X-API-Key"),
                        request.getParameter("api_key")),
                sessionCookie(request), path, request.getRemoteAddr(), () -> false); // a GET changes nothing
        response.setHeader("Vary", "Origin");
        CorsFilter.grantHeaders(origins, request.getHeader("Origin")).forEach(response::setHeader);
        verdict.headers().forEach((name, value) -> response.setHeader(name, value.toString()));
        response.setContentType("application/json");
        byte[] body = held;
        if (verdict.refused()) {
            response.setStatus(verdict.status());
            body = JsonConfiguration.jsonb().toJson(new ErrorResponse(verdict.detail())).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setHeader("Cache-Control", V2Caching.CACHE_CONTROL);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The id of {@code /api/v2/cards/{digits}}; empty for any other path. */
    static OptionalLong cardId(String path) {
        if (!path.startsWith(CARDS + "/")) {
            return OptionalLong.empty();
        }
        String id = path.substring(CARDS.length() + 1);
        if (id.isEmpty() || id.length() > MAX_ID_DIGITS) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(id));
    }

    private static String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionCookies.NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
