package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;

import java.util.Objects;

/**
 * One catalogue card the photo may show, with its final score in [0, 1], its bucket, the
 * components the score was made of, and the quarter turn (0, 90, 180, 270 degrees clockwise)
 * that brought the cropped card upright.
 */
public record RecognitionCandidate(String cardId, String name, String setId, double score,
                                   ConfidenceBucket confidence, ScoreComponents components,
                                   int rotationUsed) {

    public RecognitionCandidate {
        if (cardId == null || cardId.isBlank()) {
            throw new IllegalArgumentException("cardId is required");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(components, "components");
        if (Double.isNaN(score) || score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        if (rotationUsed % 90 != 0 || rotationUsed < 0 || rotationUsed > 270) {
            throw new IllegalArgumentException("rotationUsed must be 0, 90, 180 or 270: " + rotationUsed);
        }
    }
}
