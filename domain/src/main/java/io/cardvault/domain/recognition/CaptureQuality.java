package io.cardvault.domain.recognition;

import java.util.List;
import java.util.Objects;

/**
 * How good the photo was, from measured statistics: {@code overallScore} in [0, 1];
 * {@code colorReliability} from the colour cast; {@code glareSeverity} from the clipped-highlight
 * area and its shape; {@code blurVariance} the variance of the Laplacian of the rectified card
 * (higher is sharper); a {@code verdict} and a {@code fakeRisk} in [0, 1]; the {@code advice} for a
 * better capture (empty when the capture was good), at most one per code and side.
 */
public record CaptureQuality(double overallScore, Reliability colorReliability,
                             GlareSeverity glareSeverity, double blurVariance, boolean blurred,
                             Verdict verdict, double fakeRisk, List<CaptureAdvice> advice) {

    /** Whether colours can be trusted (a strong cast makes the hue statistics unreliable). */
    public enum Reliability { HIGH, MEDIUM, LOW }

    /** Share and shape of blown-out highlights on the card. */
    public enum GlareSeverity { NONE, MILD, SEVERE }

    /**
     * {@code LIKELY_REAL} when the card matched its reference well, {@code SUSPICIOUS} when it
     * did not though the capture was good, {@code INCONCLUSIVE} when the capture was too poor
     * to judge.
     */
    public enum Verdict { LIKELY_REAL, SUSPICIOUS, INCONCLUSIVE }

    public CaptureQuality {
        Objects.requireNonNull(colorReliability, "colorReliability");
        Objects.requireNonNull(glareSeverity, "glareSeverity");
        Objects.requireNonNull(verdict, "verdict");
        advice = List.copyOf(advice);
        if (advice.stream().distinct().count() != advice.size()) {
            throw new IllegalArgumentException("advice repeats itself: " + advice);
        }
        if (Double.isNaN(overallScore) || overallScore < 0 || overallScore > 1) {
            throw new IllegalArgumentException("overallScore must be in [0, 1]");
        }
        if (Double.isNaN(fakeRisk) || fakeRisk < 0 || fakeRisk > 1) {
            throw new IllegalArgumentException("fakeRisk must be in [0, 1]");
        }
        if (Double.isNaN(blurVariance) || blurVariance < 0) {
            throw new IllegalArgumentException("blurVariance must be non-negative");
        }
    }

    /** A report without advice (a capture nothing is known to be wrong with). */
    public CaptureQuality(double overallScore, Reliability colorReliability, GlareSeverity glareSeverity,
                          double blurVariance, boolean blurred, Verdict verdict, double fakeRisk) {
        this(overallScore, colorReliability, glareSeverity, blurVariance, blurred, verdict, fakeRisk, List.of());
    }
}
