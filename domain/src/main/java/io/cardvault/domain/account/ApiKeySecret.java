package io.cardvault.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The full text of an API key, {@code csm_} followed by 43 URL-safe characters (32 bytes from
 * {@link SecureRandom}). It exists only while a key is created (shown to its owner once) and while
 * a request presents it; the store keeps its {@link #hash()} and {@link #prefix()} only.
 */
public record ApiKeySecret(String value) {

    public static final String MARKER = "csm_";
    /** How many characters of a key are shown in lists: the marker and 8 more. */
    public static final int PREFIX_LENGTH = 12;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("csm_[A-Za-z0-9_-]{32,128}");

    public ApiKeySecret {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidAccountDataException("api_key", "not an API key");
        }
    }

    /** Whether the text has the shape of a key; a request with anything else is rejected unread. */
    public static boolean looksLikeKey(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static ApiKeySecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    public ApiKeyHash hash() {
        try {
            return ApiKeyHash.of(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}
