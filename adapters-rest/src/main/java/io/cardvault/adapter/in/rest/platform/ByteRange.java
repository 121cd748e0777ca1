package io.cardvault.adapter.in.rest.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, as a {@code Range: bytes=…} header asks for it (RFC 9110 §14): {@code a-b},
 * {@code a-} or the last {@code n} bytes {@code -n}. Several ranges, other units or malformed headers
 * are not served as ranges (the whole file is, which the RFC allows); a range starting past the end
 * is unsatisfiable.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    long length() {
        return last - first + 1;
    }

    /** What the header asks of a file of {@code size} bytes. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    record Whole() implements Request {
    }

    record Part(ByteRange range) implements Request {
    }

    record Unsatisfiable() implements Request {
    }

    static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher single = SINGLE.matcher(header.trim());
        if (!single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
            return new Whole();
        }
        Optional<Long> first = number(single.group(1));
        Optional<Long> last = number(single.group(2));
        if (first.isEmpty()) { // suffix: the last n bytes
            long suffix = last.orElseThrow();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (last.isPresent() && last.get() < first.get()) {
            return new Whole(); // invalid per the RFC: ignored
        }
        if (first.get() >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first.get(), Math.min(size - 1, last.orElse(size - 1))));
    }

    private static Optional<Long> number(String digits) {
        return digits.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(digits));
    }
}
