package io.cardvault.adapter.in.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The raw query string, checked and read without the container's decoder: a malformed escape
 * ({@code ?q=%zz}, {@code ?x=%}) is refused 400 here, before anything asks the container for a
 * parameter (its decoder throws on them, which surfaced as a 500).
 */
final class QueryString {

    static final String MALFORMED = "Malformed percent-escape in the query string";

    private QueryString() {
    }

    /** Why the query is refused, or null when every escape is well formed and decodes as UTF-8. */
    static String problem(String query) {
        if (query == null || query.isEmpty() || query.indexOf('%') < 0 && isAscii(query)) {
            return null; // the common case, checked without copying
        }
        return RequestPath.Escapes.decodesAsUtf8(query, 0, query.length(), true) ? null : MALFORMED;
    }

    /** The decoded value of the first {@code name=} parameter, or null; call only on a query {@link #problem} accepted. */
    static String first(String query, String name) {
        if (query == null) {
            return null;
        }
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            int nameEnd = start + name.length();
            if (query.startsWith(name, start) && (nameEnd == end || query.charAt(nameEnd) == '=')) {
                return decode(query, Math.min(nameEnd + 1, end), end);
            }
            start = end + 1;
        }
        return null;
    }

    private static String decode(String query, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = query.charAt(i);
            if (c == '%') {
                bytes.write(RequestPath.Escapes.escaped(query, i));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
