package io.cardvault.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code Accept} header that is not a list of media ranges with valid weights
 * ({@code *}{@code /*;q=zz}), which the JAX-RS runtime parses deep inside where the client's typo
 * would surface as a 500: the request goes on as if it had sent none, so it gets the route's usual
 * representation. RFC 9110 (12.5.1) lets a server disregard {@code Accept}; a header that names no
 * type it could honour says nothing to honour, while refusing it would break clients over a stray
 * parameter. A well-formed {@code Accept} that no route can satisfy is still the runtime's 406.
 * Declared in {@code web.xml} after the admission; it only has to run before JAX-RS reads the header.
 */
public class MalformedHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ACCEPT = "Accept";
    /** RFC 9110 tchar. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_RANGE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile("(" + TOKEN + ")[ \\t]*=[ \\t]*(" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\")");
    /** RFC 9110 weight: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> accept = Collections.list(request.getHeaders(ACCEPT));
        chain.doFilter(accept.stream().allMatch(MalformedHeaderFilter::isParseableAccept) ? request : new WithoutAccept(request),
                response);
    }

    /** A comma-separated list of {@code type/subtype *(; name=value)} with a valid {@code q}; empty members allowed. */
    static boolean isParseableAccept(String header) {
        for (String range : splitOutsideQuotes(header, ',')) {
            if (range.isBlank()) {
                continue;
            }
            List<String> parts = splitOutsideQuotes(range, ';');
            if (!MEDIA_RANGE.matcher(parts.get(0).strip()).matches()) {
                return false;
            }
            for (String parameter : parts.subList(1, parts.size())) {
                Matcher matched = PARAMETER.matcher(parameter.strip());
                if (!matched.matches() || "q".equalsIgnoreCase(matched.group(1)) && !QVALUE.matcher(matched.group(2)).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** The request as if it had sent no {@code Accept}. */
    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !ACCEPT.equalsIgnoreCase(name)).toList());
        }
    }
}
