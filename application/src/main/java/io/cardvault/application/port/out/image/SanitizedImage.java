package io.cardvault.application.port.out.image;

import io.cardvault.domain.shared.ImageFormat;
import java.util.Arrays;
import java.util.Objects;

/**
 * An image as {@link io.cardvault.application.port.out.SanitizeImagePort} re-encoded it: its format
 * (the upload's own), the new bytes and the decoded size in pixels.
 */
public record SanitizedImage(ImageFormat format, byte[] encoded, int width, int height) {

    public SanitizedImage {
        Objects.requireNonNull(format, "format");
        if (encoded == null || encoded.length == 0) {
            throw new IllegalArgumentException("a sanitized image has bytes");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a sanitized image has a size: " + width + " × " + height);
        }
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    public int size() {
        return encoded.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SanitizedImage image && format == image.format && width == image.width
                && height == image.height && Arrays.equals(encoded, image.encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, width, height, Arrays.hashCode(encoded));
    }

    @Override
    public String toString() {
        return "SanitizedImage[" + format + ", " + width + " × " + height + ", " + encoded.length + " bytes]";
    }
}
