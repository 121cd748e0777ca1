package io.cardvault.application.port.out.image;

import java.util.Arrays;
import java.util.Objects;

/** A listing photo as the store keeps it: its name and its (sanitized) bytes. */
public record ListingImageFile(ListingImageName name, byte[] bytes) {

    public ListingImageFile {
        Objects.requireNonNull(name, "name");
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a listing photo has bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListingImageFile file && name.equals(file.name) && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ListingImageFile[" + name.path() + ", " + bytes.length + " bytes]";
    }
}
