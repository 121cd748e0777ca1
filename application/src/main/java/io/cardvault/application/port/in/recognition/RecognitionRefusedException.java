package io.cardvault.application.port.in.recognition;

import java.util.Objects;

/** Why a recognition use case could not answer; the REST adapter turns the reason into a status. */
public final class RecognitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusals, each a distinct client-visible answer. */
    public enum Reason {
        /** Passed the upload guard (type, size, header) but cannot be decoded. */
        UNREADABLE_IMAGE,
        /** The reference index is still being built. */
        NOT_READY,
        /** API keys need the Starter tier or above. */
        TIER_TOO_LOW,
        /** The tier's daily recognitions are used up. */
        QUOTA_EXCEEDED,
        SCAN_NOT_FOUND,
        CARD_NOT_FOUND
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public RecognitionRefusedException(Reason reason, String message) {
        this(reason, message, 0);
    }

    public RecognitionRefusedException(Reason reason, String message, long retryAfterSeconds) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#QUOTA_EXCEEDED}: seconds until the daily quota resets. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
