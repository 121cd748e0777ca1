package io.cardvault.domain.scan;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One card the phone reported: its place in the session ({@code card_index}), when it was
 * captured, the photo's URL if one was uploaded, and the recognition answer as a JSON object (the
 * recognition API's own shape, kept as the phone or the server produced it).
 */
public record ScanCard(int cardIndex, Optional<Instant> capturedAt, Optional<String> imageUrl, String recognitionJson)
        implements Serializable {

    public static final int MAX_INDEX = ScanSession.MAX_CARDS - 1;
    /** Far above a recognition answer with its candidates (a few KB); keeps a session's rows bounded. */
    public static final int MAX_RECOGNITION_CHARS = 64 * 1024;
    public static final int MAX_URL_CHARS = 300;

    public ScanCard {
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(recognitionJson, "recognitionJson");
        if (cardIndex < 0 || cardIndex > MAX_INDEX) {
            throw new InvalidScanDataException("card_index", "card_index is between 0 and " + MAX_INDEX);
        }
        if (!recognitionJson.strip().startsWith("{") || recognitionJson.length() > MAX_RECOGNITION_CHARS) {
            throw new InvalidScanDataException("recognition", "recognition is a JSON object of at most "
                    + MAX_RECOGNITION_CHARS + " characters");
        }
        if (imageUrl.isPresent() && (imageUrl.get().isBlank() || imageUrl.get().length() > MAX_URL_CHARS)) {
            throw new InvalidScanDataException("image_url", "image_url is at most " + MAX_URL_CHARS + " characters");
        }
    }
}
