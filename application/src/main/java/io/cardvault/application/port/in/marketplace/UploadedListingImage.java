package io.cardvault.application.port.in.marketplace;

import java.util.Objects;

/**
 * A kept listing photo: the stable URL it is served from ({@code /static/listing_images/2026/05/<hash>.webp})
 * and its size in bytes after re-encoding.
 */
public record UploadedListingImage(String url, long size) {

    /** Where every listing photo is served, before its stored name. */
    public static final String URL_PREFIX = "/static/listing_images/";

    public UploadedListingImage {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(URL_PREFIX) || size < 1) {
            throw new IllegalArgumentException("a listing photo is served under " + URL_PREFIX + " and has bytes");
        }
    }
}
