package io.cardvault.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a query string with a broken percent-escape ({@code ?q=%zz}, {@code ?x=%}) with 400
 * before anything reads it: the container's parameter parser and the JAX-RS runtime's URI both
 * throw on it, deep inside a page or a filter, which would make the client's typo a 500. The
 * refusal goes through the error page, so it is {@code {"detail": "Bad Request"}} on the API and
 * the site's error page on the site. Declared first in {@code web.xml}, so it runs before every
 * other filter.
 */
public class MalformedQueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasBrokenEscape(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** True when some {@code %} is not followed by two hexadecimal digits. */
    static boolean hasBrokenEscape(String query) {
        if (query == null) {
            return false;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        return false;
    }
}
