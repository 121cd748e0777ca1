package io.cardvault.adapter.in.web;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scan PWA ({@code /scan-pwa}, {@code /scan-pwa/review} and their files): a progressive web app
 * of plain HTML and its own script, so its service worker can keep the shell and it opens offline.
 * The camera page needs a signed-in visitor or the deeplink's {@code session} and {@code t}; the
 * review needs a signed-in visitor; anyone else is sent to the sign-in page with {@code next}. The
 * pages' texts come from the site's message bundle in the browser's language. The files live under
 * {@code WEB-INF/scan-pwa}, so nothing but this servlet serves them.
 */
@WebServlet(urlPatterns = {ScanPwaServlet.ROOT, ScanPwaServlet.ROOT + "/*"})
public class ScanPwaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ROOT = "/scan-pwa";
    private static final String FILES = "/WEB-INF/scan-pwa/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9.]+)}}");
    private static final Pattern SESSION = Pattern.compile("[0-9A-Za-z]{26}");
    private static final Pattern TOKEN = Pattern.compile("ct_[0-9a-f]{64}");

    /** The app's files besides its pages: name → media type. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript;charset=utf-8",
            "review.js", "text/javascript;charset=utf-8",
            "sw.js", "text/javascript;charset=utf-8",
            "app.css", "text/css;charset=utf-8",
            "manifest.json", "application/manifest+json;charset=utf-8",
            "icon-192.png", "image/png",
            "icon-512.png", "image/png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "", "/" -> {
                if (signedIn(request) || pairedByDeeplink(request)) {
                    page(request, response, "index.html");
                } else {
                    toSignIn(request, response, ROOT);
                }
            }
            case "/review" -> {
                if (signedIn(request)) {
                    page(request, response, "review.html");
                } else {
                    String session = request.getParameter("session");
                    toSignIn(request, response, ROOT + "/review"
                            + (session != null && SESSION.matcher(session).matches() ? "?session=" + session : ""));
                }
            }
            default -> asset(path.substring(1), response);
        }
    }

    private static boolean signedIn(HttpServletRequest request) {
        return AdmissionFilter.verdict(request).map(CallerAdmission.Admission::session).isPresent();
    }

    /** The deeplink's shape only: the token itself is checked by the API when the page claims the session. */
    private static boolean pairedByDeeplink(HttpServletRequest request) {
        String session = request.getParameter("session");
        String token = request.getParameter("t");
        return session != null && token != null && SESSION.matcher(session).matches() && TOKEN.matcher(token).matches();
    }

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String next) {
        String language = WebRoutes.preferredLanguage(request.getLocales());
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/" + language + "/signin?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "no-store");
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        String language = WebRoutes.preferredLanguage(request.getLocales());
        ResourceBundle messages = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.forLanguageTag(language));
        String template = new String(read(name), StandardCharsets.UTF_8);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + 1024);
        while (matcher.find()) {
            String key = matcher.group(1);
            matcher.appendReplacement(html, Matcher.quoteReplacement(escape("lang".equals(key) ? language : text(messages, key))));
        }
        matcher.appendTail(html);
        response.setContentType("text/html;charset=utf-8");
        // the page differs by language and by who asks (a redirect for the signed-out): never a shared copy
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void asset(String name, HttpServletResponse response) throws IOException {
        String type = ASSETS.get(name);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache"); // revalidated; the service worker keeps the offline copy
        if ("sw.js".equals(name)) {
            // the worker sits in /scan-pwa/ but serves the app's pages, /scan-pwa itself included
            response.setHeader("Service-Worker-Allowed", ROOT);
        }
        response.getOutputStream().write(read(name));
    }

    private byte[] read(String name) throws IOException {
        try (InputStream in = getServletContext().getResourceAsStream(FILES + name)) {
            if (in == null) {
                throw new IOException("the scan PWA's " + name + " is missing from the WAR");
            }
            return in.readAllBytes();
        }
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " is missing", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
