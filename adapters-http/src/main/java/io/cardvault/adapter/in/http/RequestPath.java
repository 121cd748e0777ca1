package io.cardvault.adapter.in.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request's path as the admission judges it: read once, from the raw (undecoded) request URI,
 * before any rule looks at it. Spellings a client could use to make one route look like another are
 * refused, never repaired, so no variant is judged more leniently than its canonical form:
 * <ul>
 *   <li>path parameters ({@code ;}, e.g. {@code /auth;x=1/login}), empty segments ({@code //}),
 *       {@code .} and {@code ..} segments and backslashes;</li>
 *   <li>escapes of the characters that shape a path ({@code %2F}, {@code %2E}, {@code %3B},
 *       {@code %5C}, {@code %00}, either case) and malformed escapes ({@code %zz}, a lone {@code %},
 *       bytes that are not UTF-8).</li>
 * </ul>
 * Everything else is classified case-insensitively ({@code /API/search} is an API route, {@code /Auth/login}
 * a sign-in route) and a trailing slash changes nothing, so a spelling the routes themselves would not
 * serve is still counted and checked like the route it imitates.
 *
 * @param value   the path after the context root, as the client sent it
 * @param kind    which rules apply
 * @param problem why the path is refused (the 400's detail), or null when it is acceptable
 */
public record RequestPath(String value, Kind kind, String problem) {

    /** The site's language prefixes; the web adapter's routes use this list. */
    public static final List<String> PAGE_LANGUAGES = List.of("en", "nl");
    static final String STREAM = "/api/v1/stream";
    static final String CHANNEL = "/ws/v1";
    /** The PokeTrace-compatible API's WebSocket (Scale plan). */
    static final String PLAN_STREAM = "/ws";
    private static final String FACES_RESOURCES = "jakarta.faces.resource";

    /** Which admission rules a path falls under. */
    public enum Kind {
        /** {@code /api/…}: the JSON API, limited per address for anonymous callers. */
        API,
        /** {@code /api/auth/…}: the API's sign-in and sign-up, limited and guarded against cross-site posts. */
        API_SIGN_IN,
        /** {@code /auth/…}: sign-in and sign-up, limited and guarded against cross-site posts. */
        SIGN_IN,
        /** {@code /en/…}, {@code /nl/…}: web pages, limited per address for anonymous visitors. */
        PAGE,
        /** {@code /api/v1/stream}, {@code /ws/v1}: WebSocket upgrades (the stream use case counts connections). */
        STREAM,
        /** {@code /v1/…}: the PokeTrace-compatible API: a key always, its account's plan quota, PokeTrace's error shape. */
        POKETRACE,
        /** {@code /ws}: the PokeTrace-compatible WebSocket upgrade: a key of a Scale-plan account. */
        POKETRACE_STREAM,
        /** Anything else: health, Faces resources, unprefixed page redirects, the sandbox. */
        OTHER;

        /** Whether the PokeTrace-compatible rules apply: plan quota, plan headers, PokeTrace's error shape. */
        public boolean pokeTrace() {
            return this == POKETRACE || this == POKETRACE_STREAM;
        }

        /** Whether anonymous callers count against their address's quota here. */
        public boolean anonymouslyLimited() {
            return this == API || this == API_SIGN_IN || this == SIGN_IN || this == PAGE;
        }

        /**
         * Whether a write here is refused from an untrusted origin even without a session: sign-in
         * and sign-up (no other site may sign a browser into an account of its choosing), and the
         * web pages' forms (their views keep no state, so no view-state token stands in for this).
         */
        public boolean guardedWithoutSession() {
            return this == API_SIGN_IN || this == SIGN_IN || this == PAGE;
        }
    }

    /** The judged form of {@code raw}, the request URI after the context root (never null). */
    public static RequestPath of(String raw) {
        String path = raw == null || raw.isEmpty() ? "/" : raw;
        String problem = problem(path);
        return new RequestPath(path, classify(path), problem);
    }

    public boolean malformed() {
        return problem != null;
    }

    /**
     * Whether this is a verification route ({@code /api/verify/…}, the {@code /verify} pages with or
     * without a language): public lookups of trust codes, held to a per-address quota of their own.
     */
    public boolean verification() {
        if (segmentIs(value, 1, "api")) {
            return segmentIs(value, 5, "verify");
        }
        for (String language : PAGE_LANGUAGES) {
            if (segmentIs(value, 1, language)) {
                return segmentIs(value, 2 + language.length(), "verify");
            }
        }
        return segmentIs(value, 1, "verify");
    }

    /** The page's language ({@code en}, {@code nl}) when this is a page; {@code en} otherwise. */
    public String language() {
        for (String language : PAGE_LANGUAGES) {
            if (segmentIs(value, 1, language)) {
                return language;
            }
        }
        return PAGE_LANGUAGES.get(0);
    }

    private static String problem(String path) {
        if (path.charAt(0) != '/') {
            return "The request path must start with '/'";
        }
        boolean escapedNonAscii = false;
        int segmentStart = 1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';') {
                return "Path parameters (';') are not accepted";
            }
            if (c == '\\') {
                return "Backslashes are not accepted in the path";
            }
            if (c == '/' && i > 0) {
                if (i == segmentStart) {
                    return "Empty path segments ('//') are not accepted";
                }
                if (dotSegment(path, segmentStart, i)) {
                    return "'.' and '..' path segments are not accepted";
                }
                segmentStart = i + 1;
            }
            if (c == '%') {
                int value = Escapes.escaped(path, i);
                if (value < 0) {
                    return "Malformed percent-escape in the path";
                }
                if (value == '/' || value == '.' || value == ';' || value == '\\' || value == 0) {
                    return "Escaped '/', '.', ';', '\\' or NUL are not accepted in the path";
                }
                escapedNonAscii |= value >= 0x80;
                i += 2;
            }
        }
        if (dotSegment(path, segmentStart, path.length())) {
            return "'.' and '..' path segments are not accepted";
        }
        if (escapedNonAscii && !Escapes.decodesAsUtf8(path, 0, path.length(), false)) {
            return "Malformed percent-escape in the path";
        }
        return null;
    }

    private static boolean dotSegment(String path, int from, int to) {
        int length = to - from;
        return (length == 1 && path.charAt(from) == '.') || (length == 2 && path.charAt(from) == '.' && path.charAt(from + 1) == '.');
    }

    private static Kind classify(String path) {
        if (path.equals(STREAM) || path.equals(CHANNEL)) {
            return Kind.STREAM; // the upgrade servlet's exact mappings; any other spelling is judged as below
        }
        if (path.equals(PLAN_STREAM)) {
            return Kind.POKETRACE_STREAM; // the upgrade servlet's exact mapping, like the two above
        }
        if (segmentIs(path, 1, "v1")) {
            return Kind.POKETRACE;
        }
        if (segmentIs(path, 1, "api")) {
            return segmentIs(path, 5, "auth") ? Kind.API_SIGN_IN : Kind.API;
        }
        if (segmentIs(path, 1, "auth")) {
            return Kind.SIGN_IN;
        }
        for (String language : PAGE_LANGUAGES) {
            if (segmentIs(path, 1, language)) {
                return segmentIs(path, 2 + language.length(), FACES_RESOURCES) ? Kind.OTHER : Kind.PAGE;
            }
        }
        return Kind.OTHER;
    }

    /** Whether the segment starting at {@code from} is {@code name}, ignoring case, and ends there. */
    private static boolean segmentIs(String path, int from, String name) {
        int end = from + name.length();
        return path.length() >= end && path.regionMatches(true, from, name, 0, name.length())
                && (path.length() == end || path.charAt(end) == '/')
                && (from == 1 || path.charAt(from - 1) == '/');
    }

    /** Percent-escape checks shared by the path and the query string. */
    static final class Escapes {

        private Escapes() {
        }

        /** The byte {@code %XX} at {@code at} stands for, or -1 when it is not two hex digits. */
        static int escaped(CharSequence text, int at) {
            if (at + 2 >= text.length()) {
                return -1;
            }
            int high = Character.digit(text.charAt(at + 1), 16);
            int low = Character.digit(text.charAt(at + 2), 16);
            return high < 0 || low < 0 ? -1 : high << 4 | low;
        }

        /** Whether {@code text[from, to)} decodes to valid UTF-8 ({@code +} a space when {@code form}). */
        static boolean decodesAsUtf8(CharSequence text, int from, int to, boolean form) {
            byte[] bytes = new byte[to - from];
            int length = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    int value = escaped(text, i);
                    if (value < 0) {
                        return false;
                    }
                    bytes[length++] = (byte) value;
                    i += 2;
                } else if (c < 0x80) {
                    bytes[length++] = (byte) (form && c == '+' ? ' ' : c);
                } else {
                    return false; // a raw non-ASCII character: the container's decoding of it is not ours to guess
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }
}
