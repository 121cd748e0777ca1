package io.cardvault.domain.scan;

import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The phone's only credential for a scan session: {@code ct_} and 64 hex digits (256 random bits).
 * {@link #toString()} never shows it, so a token that reaches a log line by accident stays secret.
 */
public record ClaimToken(String value) implements Serializable {

    public static final String PREFIX = "ct_";
    private static final Pattern SHAPE = Pattern.compile("ct_[0-9a-f]{64}");

    public ClaimToken {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidScanDataException("token", "a claim token is ct_ and 64 hex digits");
        }
    }

    /** A fresh token; {@code random} should be a {@link java.security.SecureRandom}. */
    public static ClaimToken generate(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new ClaimToken(PREFIX + HexFormat.of().formatHex(bytes));
    }

    /** Whether {@code presented} is this token, compared in constant time (no timing hints to a guesser). */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ClaimToken[ct_…]";
    }
}
