package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.shared.ImageUploadGuard;
import java.util.Arrays;

/**
 * An encoded photo (JPEG, PNG or WebP bytes) as uploaded, that passed {@link ImageUploadGuard#PHOTO}:
 * at most 10 MB as the contract allows, its type told by its first bytes, at most 40 megapixels by
 * its header. No engine is handed bytes that could decode into a gigabyte.
 */
public record CardPhoto(byte[] encoded) {

    public static final int MAX_BYTES = ImageUploadGuard.PHOTO.maxBytes();

    /** @throws io.cardvault.domain.shared.RejectedImageException when the bytes break one of the guard's limits */
    public CardPhoto {
        if (encoded == null || encoded.length == 0) {
            throw new IllegalArgumentException("photo bytes are required");
        }
        ImageUploadGuard.PHOTO.check(encoded);
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
