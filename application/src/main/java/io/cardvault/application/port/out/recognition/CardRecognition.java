package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.ConfidenceBucket;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's answer: candidates best first (at most five), the outline it used (absent when
 * it fell back to the whole photo), the capture-quality report and the fingerprint of the card
 * as photographed (kept so that a confirmed scan can become an extra reference).
 */
public record CardRecognition(List<RecognitionCandidate> candidates, Optional<CardOutline> outline,
                              CaptureQuality captureQuality, ScanFingerprint fingerprint) {

    public CardRecognition {
        Objects.requireNonNull(captureQuality, "captureQuality");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(fingerprint, "fingerprint");
        candidates = List.copyOf(candidates);
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i).score() > candidates.get(i - 1).score()) {
                throw new IllegalArgumentException("candidates must be ordered best first");
            }
        }
    }

    /** The best candidate, if any card matched at all. */
    public Optional<RecognitionCandidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** The overall bucket: the best candidate's, or low when nothing matched. */
    public ConfidenceBucket confidence() {
        return best().map(RecognitionCandidate::confidence).orElse(ConfidenceBucket.LOW);
    }
}
