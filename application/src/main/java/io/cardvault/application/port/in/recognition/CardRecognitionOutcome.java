package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recognition's answer: the scan id to confirm it by, candidates best first, the card outline
 * found (absent when the whole photo was used) and the capture-quality report.
 */
public record CardRecognitionOutcome(String scanId, List<RecognizedCard> candidates, Optional<CardOutline> outline,
                                     CaptureQuality captureQuality) {

    public CardRecognitionOutcome {
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(captureQuality, "captureQuality");
        candidates = List.copyOf(candidates);
    }
}
