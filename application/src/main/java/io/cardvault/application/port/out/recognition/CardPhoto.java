package io.cardvault.application.port.out.recognition;

import java.util.Arrays;

/**
 * An encoded photo (JPEG, PNG or WebP bytes) as uploaded, at most 10 MB as the contract allows.
 */
public record CardPhoto(byte[] encoded) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public CardPhoto {
        if (encoded == null || encoded.length == 0) {
            throw new IllegalArgumentException("photo bytes are required");
        }
        if (encoded.length > MAX_BYTES) {
            throw new IllegalArgumentException("photo exceeds " + MAX_BYTES + " bytes");
        }
        // Defensive copy: the engine reads the bytes later, the caller may reuse its buffer.
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardPhoto photo && Arrays.equals(encoded, photo.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "CardPhoto[" + encoded.length + " bytes]";
    }
}
