package io.cardvault.domain.shared;

import java.util.Objects;

/**
 * An uploaded image refused by {@link ImageUploadGuard} before anything decodes it: too many bytes
 * (HTTP 413), not a JPEG, PNG or WebP (415), a header that is corrupt or cut off, or more pixels
 * than the guard allows (422); or, after the guard, pixel data a decoder could not read (422).
 */
public final class RejectedImageException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the image was refused. */
    public enum Reason {
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        CORRUPT_HEADER,
        TOO_MANY_PIXELS,
        /** The header passed the guard but the pixel data behind it does not decode. */
        UNDECODABLE
    }

    private final Reason reason;

    public RejectedImageException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
