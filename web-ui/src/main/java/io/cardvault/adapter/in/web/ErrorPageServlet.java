package io.cardvault.adapter.in.web;

import io.cardvault.adapter.in.http.DataStoreReach;
import io.cardvault.adapter.in.http.PokeTraceErrorBody;
import io.cardvault.adapter.in.http.RequestPath;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page ({@code web.xml} sends every status and every throwable here), so
 * nothing the container answers by itself, a refused path, an unknown route outside JAX-RS, an
 * exception from a filter or a page, ever shows Liberty's own page with its class names. On the
 * website's paths ({@code /en/…}, {@code /nl/…}) the answer is the site's page in that language:
 * the 404 page for 404, the general error page otherwise. Everywhere else it is the API's
 * {@code {"detail": "…"}}. A server fault is logged with an incident id that the answer carries; a
 * database out of reach is the API's 503 {@code csm_data_unavailable} with {@code Retry-After}.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    /** The standard phrases, as the API's own mappers word them. */
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(411, "Length Required"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(414, "Request-URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // asked for directly rather than dispatched to by the container: there is no such route
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        boolean storeUnreachable = status >= 500 && DataStoreReach.unreachable(failure);
        if (storeUnreachable) {
            // e.g. the admission reading an API key while the database restarts: an outage to wait out, not a bug
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String path = pathOf(uri instanceof String original ? original : request.getRequestURI(), request.getContextPath());
        String incident = null;
        if (storeUnreachable) {
            LOG.log(Level.WARNING, "Database unreachable on " + path, failure);
        } else if (status >= 500) {
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error on " + path + ", incident " + incident, failure);
        } else if (failure != null) {
            LOG.log(Level.FINE, "Request to " + path + " refused with " + status, failure);
        }
        if (response.isCommitted()) {
            return; // the page had started; the status line left long ago and nothing more can be said
        }
        response.resetBuffer();
        response.setStatus(status);
        if (storeUnreachable) {
            response.setIntHeader("Retry-After", DataStoreReach.RETRY_AFTER_SECONDS);
        }
        Optional<String> language = WebRoutes.languageOf(path);
        if (language.isPresent()) {
            page(language.get(), status, request, response);
        } else if (RequestPath.of(path).kind().pokeTrace()) {
            // the PokeTrace-compatible routes answer in PokeTrace's shape even when the container refuses first
            String detail = storeUnreachable ? DataStoreReach.UNAVAILABLE_DETAIL : detail(status, incident);
            writeJson(PokeTraceErrorBody.of(PHRASES.getOrDefault(status, "Bad Request"), detail), response);
        } else {
            json(storeUnreachable ? DataStoreReach.UNAVAILABLE_DETAIL : detail(status, incident), response);
        }
    }

    /** {@code {"detail": "Not Found"}}, or for a server fault the phrase with the incident id. */
    static String detail(int status, String incident) {
        String phrase = PHRASES.getOrDefault(status, status >= 500 ? "Internal Server Error" : "Bad Request");
        return incident == null ? phrase : phrase + " (incident " + incident + ")";
    }

    static String pathOf(String uri, String contextPath) {
        String path = uri == null ? "" : uri;
        return contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
    }

    private static void json(String detail, HttpServletResponse response) throws IOException {
        writeJson(Json.createObjectBuilder().add("detail", detail).build().toString(), response);
    }

    private static void writeJson(String json, HttpServletResponse response) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The site's page, rendered by Faces as a fresh GET without parameters: the failed request may
     * have been a postback, or carry the very parameter that failed to decode.
     */
    private static void page(String language, int status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String view = "/" + language + (status == HttpServletResponse.SC_NOT_FOUND ? WebRoutes.NOT_FOUND_VIEW : WebRoutes.ERROR_VIEW);
        try {
            request.getRequestDispatcher(view).forward(new FreshGet(request), response);
        } catch (ServletException | RuntimeException e) {
            // the page itself failed (Faces is what broke): a plain sentence in the page's language
            LOG.log(Level.SEVERE, "The error page " + view + " failed", e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(status);
                response.setContentType("text/plain");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("nl".equals(language)
                        ? "Er ging iets mis. Probeer het later opnieuw." : "Something went wrong. Please try again later.");
            }
        }
    }

    /** The failed request seen as a plain GET with no parameters. */
    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
