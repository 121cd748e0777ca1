package io.cardvault.adapter.in.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The website's front door. Under {@code /en/…} and {@code /nl/…} it forwards pretty URLs
 * ({@code /en/cards/4}) to their Faces view ({@code /en/card.xhtml?id=4}, the Faces servlet being
 * mapped to those prefixes) and an unknown page path to the 404 view. At the root it answers a
 * page URL without a language ({@code /}, {@code /cards/4}, …) with a 302 to the browser's language;
 * every other root path is the JSON API's and passes untouched.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class LocalisedUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Request attribute telling the 404 view that no page has the requested path. */
    static final String UNKNOWN_PAGE = "cardvault.web.unknown-page";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> language = WebRoutes.languageOf(path);
        if (language.isPresent()) {
            String rest = path.substring(1 + language.get().length());
            if (rest.startsWith(FACES_RESOURCES) || rest.endsWith(".xhtml")) {
                chain.doFilter(request, response); // Faces resources and postbacks to a view itself
                return;
            }
            Optional<String> view = WebRoutes.viewOf(rest);
            if (view.isEmpty()) {
                request.setAttribute(UNKNOWN_PAGE, Boolean.TRUE);
            }
            request.getRequestDispatcher("/" + language.get() + view.orElse(WebRoutes.NOT_FOUND_VIEW)).forward(request, response);
            return;
        }
        if (WebRoutes.isUnprefixedPage(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            String query = request.getQueryString();
            response.setHeader("Vary", "Accept-Language");
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(request.getContextPath() + "/" + WebRoutes.preferredLanguage(request.getLocales())
                    + ("/".equals(path) ? "" : path) + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
