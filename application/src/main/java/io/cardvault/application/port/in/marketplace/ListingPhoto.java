package io.cardvault.application.port.in.marketplace;

import java.util.Arrays;
import java.util.Objects;

/** A kept listing photo to serve: its media type ({@code image/webp}) and its bytes. */
public record ListingPhoto(String mediaType, byte[] bytes) {

    public ListingPhoto {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListingPhoto photo && mediaType.equals(photo.mediaType) && Arrays.equals(bytes, photo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ListingPhoto[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
