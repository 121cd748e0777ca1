package io.cardvault.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-security headers of every answer the WAR gives, website and JSON API alike:
 * no MIME sniffing, no framing, a referrer that never carries a path to another site, HSTS on
 * HTTPS answers, and a Content-Security-Policy.
 *
 * <p>The website's policy allows scripts from the site itself and, inline, only those carrying
 * the page's nonce. PrimeFaces ({@code primefaces.CSP}, web.xml) makes that nonce per request,
 * puts it on every script Faces and PrimeFaces write, turns their {@code on…} attributes into
 * nonce'd scripts, and sends {@link #PAGE_POLICY} with the nonce appended; web.xml's
 * {@code primefaces.CSP_POLICY} is this constant. Any other answer under the website's prefixes
 * (a Faces resource, an error no view rendered) keeps {@link #PAGE_POLICY} without a nonce. The
 * API's answers are data, never documents: {@link #API_POLICY} lets them load and frame nothing.
 *
 * <p>Declared first in web.xml, so it runs before {@link LocalisedUrlFilter} and its redirects
 * carry the headers too.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /**
     * The website's policy, its {@code script-src} last so PrimeFaces can append the nonce. Styles
     * may be inline: the tiles' hue is a per-card {@code style} attribute and PrimeFaces writes
     * style attributes too; a style cannot run code. Images may also come from the card picture
     * sources' hosts ({@code CardImageSource}: tcgdex, Scryfall, YGOPRODeck): a card's picture is
     * shown at its upstream address, never fetched by the server.
     */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: https://assets.tcgdex.net "
            + "https://cards.scryfall.io https://images.ygoprodeck.com; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    private static final String SCAN_PWA_SEGMENT = ScanPwaServlet.ROOT.substring(1);

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** A year, the usual minimum for preload lists; sub-domains are not this node's to speak for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY"); // frame-ancestors 'none' for browsers without CSP 2
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isWebsite(path)) {
            response.setHeader(CONTENT_SECURITY_POLICY, PAGE_POLICY);
            chain.doFilter(request, new NonceReplacesFallback(response));
        } else {
            response.setHeader(CONTENT_SECURITY_POLICY, API_POLICY);
            chain.doFilter(request, response);
        }
    }

    /** The website lives under the language prefixes and the scan PWA's path; everything else at the root is the API's. */
    static boolean isWebsite(String path) {
        return WebRoutes.languageOf(path).isPresent() || WebRoutes.underSegment(path, SCAN_PWA_SEGMENT);
    }

    /**
     * PrimeFaces adds its policy (with the nonce) as a second header; two policies would both
     * apply, and the nonce-less one would refuse the nonce'd scripts. So a policy set later
     * replaces the fallback instead of joining it.
     */
    private static final class NonceReplacesFallback extends HttpServletResponseWrapper {

        NonceReplacesFallback(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
