package io.cardvault.domain.scan;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A scan session's id: a ULID (26 Crockford base-32 characters, 48 bits of milliseconds then 80
 * random bits), so ids sort by creation and cannot be guessed from one another.
 */
public record ScanSessionId(String value) implements Serializable {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

    public ScanSessionId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidScanDataException("session_id", "a scan session id is a ULID");
        }
    }

    /** A new ULID at {@code now}; {@code random} should be a {@link java.security.SecureRandom}. */
    public static ScanSessionId generate(Instant now, Random random) {
        char[] text = new char[26];
        long time = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            text[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] entropy = new byte[10];
        random.nextBytes(entropy);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (entropy[i] & 0xFF);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (entropy[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            text[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            text[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        return new ScanSessionId(new String(text));
    }

    /** An id as a URL or a client gave it, when it has the ULID's shape (lower case is accepted). */
    public static java.util.Optional<ScanSessionId> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        return SHAPE.matcher(upper).matches() ? java.util.Optional.of(new ScanSessionId(upper)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
