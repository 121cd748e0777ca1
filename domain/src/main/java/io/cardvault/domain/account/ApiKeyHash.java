package io.cardvault.domain.account;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The stored form of an API key: SHA-256 of the whole key, hex. A fast hash is right here, unlike
 * for passwords: a key carries 256 random bits, so no dictionary or brute force can reverse its
 * hash, and a fast hash lets every request be authenticated by one indexed lookup.
 */
public record ApiKeyHash(String hex) {

    public ApiKeyHash {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new InvalidAccountDataException("key", "an API key hash is 64 hex digits");
        }
        hex = hex.toLowerCase(java.util.Locale.ROOT);
    }

    static ApiKeyHash of(byte[] digest) {
        return new ApiKeyHash(HexFormat.of().formatHex(digest));
    }
}
