package io.cardvault.domain.shared;

/**
 * The one rule every image upload passes before anything decodes it (recognition photos today;
 * avatars, listing photos and scan photos as they arrive): at most {@code maxBytes}, a JPEG, PNG or
 * WebP by its first bytes, and a header stating at most {@code maxPixels} and {@code maxSide} pixels a
 * side. A decoder allocates by the header's size, not the file's: a 389 KB PNG of zeros can claim
 * 20,000 × 20,000 pixels and take over a gigabyte to decode.
 */
public record ImageUploadGuard(int maxBytes, long maxPixels, int maxSide) {

    /** A phone photo: 10 MB (the recognition contract), 40 megapixels, 12,000 pixels a side. */
    public static final ImageUploadGuard PHOTO = new ImageUploadGuard(10 * 1024 * 1024, 40_000_000L, 12_000);

    /** A marketplace listing's photo: 8 MB (the image-upload contract), otherwise a phone photo's limits. */
    public static final ImageUploadGuard LISTING_PHOTO = new ImageUploadGuard(8 * 1024 * 1024, 40_000_000L, 12_000);

    /** An avatar (issue 25): 5 MB (the profile contract), otherwise a phone photo's limits. */
    public static final ImageUploadGuard AVATAR = new ImageUploadGuard(5 * 1024 * 1024, 40_000_000L, 12_000);

    public ImageUploadGuard {
        if (maxBytes < 1 || maxPixels < 1 || maxSide < 1) {
            throw new IllegalArgumentException("an image guard needs positive limits");
        }
    }

    /**
     * The image's header, when the bytes pass every limit.
     *
     * @throws RejectedImageException naming the limit the bytes broke
     */
    public ImageHeader check(byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw tooLarge();
        }
        ImageHeader header = ImageHeader.read(bytes);
        if (header.width() > maxSide || header.height() > maxSide || header.pixels() > maxPixels) {
            throw new RejectedImageException(RejectedImageException.Reason.TOO_MANY_PIXELS, "image is " + header.width()
                    + " × " + header.height() + " pixels: at most " + maxPixels / 1_000_000 + " megapixels and " + maxSide
                    + " pixels a side are accepted");
        }
        return header;
    }

    /** The refusal of an upload longer than {@code maxBytes}, for readers that stop before the end. */
    public RejectedImageException tooLarge() {
        return new RejectedImageException(RejectedImageException.Reason.TOO_LARGE,
                "image exceeds the " + limit() + " limit");
    }

    private String limit() {
        return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + "-byte";
    }
}
