package io.cardvault.domain.recognition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the camera preview learns from one frame: the card's outline when one is visible, and the
 * advice for a better capture (empty when the frame is good for a recognition).
 */
public record OutlineDetection(Optional<CardOutline> outline, List<CaptureAdvice> advice) {

    /** A frame nothing could be read from. */
    public static final OutlineDetection NOTHING = new OutlineDetection(Optional.empty(), List.of());

    public OutlineDetection {
        Objects.requireNonNull(outline, "outline");
        advice = List.copyOf(advice);
    }

    public boolean cardFound() {
        return outline.isPresent();
    }
}
