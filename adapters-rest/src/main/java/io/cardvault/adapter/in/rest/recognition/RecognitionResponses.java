package io.cardvault.adapter.in.rest.recognition;

import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognizedCard;
import io.cardvault.domain.recognition.CaptureAdvice;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.OutlineDetection;
import io.cardvault.domain.recognition.ScoreComponents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON shapes of the recognition routes (snake_case through the global naming strategy). */
public final class RecognitionResponses {

    private RecognitionResponses() {
    }

    /** The spec's "Recognize a card" response. */
    public record Recognized(String scanId, List<Candidate> candidates, Quality captureQuality) {
    }

    /** The same with {@code debug}: the outline used and the blur measure (no intermediate images are kept). */
    public record RecognizedWithDebug(String scanId, List<Candidate> candidates, Quality captureQuality, Debug debug) {
    }

    public record Candidate(long cardId, String name, String setName, String tcgSlug, double score, String confidence,
                     Components components, int rotationUsed) {
    }

    public record Components(double embedding, double collectorNumber, double name, double featureMatch, double setContext) {
    }

    /** The spec's capture quality plus {@code advice}, empty when the capture is good. */
    public record Quality(double overallScore, String colorReliability, String glareSeverity, String verdict, double fakeRisk,
                          List<Advice> advice) {
    }

    /**
     * One piece of capture advice: {@code code} one of {@code cut_off, too_far, glare, blurred, too_dark};
     * {@code side} ({@code left, right, top, bottom}: the photo edge the card runs past, the way to move
     * the phone) with {@code cut_off}, else null.
     */
    public record Advice(String code, String side) {
    }

    public record Debug(List<double[]> outline, double blurVariance, boolean blurred) {
    }

    /**
     * {@code /detect}: whether a card outline was found, its corners (photo pixels, clockwise) and the
     * advice for a better capture.
     */
    public record Detected(boolean cardFound, List<double[]> contour, List<Advice> advice) {
    }

    public record Confirmed(String scanId, long cardId, boolean confirmed) {
    }

    public static Object recognized(CardRecognitionOutcome outcome, boolean debug) {
        List<Candidate> candidates = outcome.candidates().stream().map(RecognitionResponses::candidate).toList();
        Quality quality = quality(outcome.captureQuality());
        if (!debug) {
            return new Recognized(outcome.scanId(), candidates, quality);
        }
        return new RecognizedWithDebug(outcome.scanId(), candidates, quality, new Debug(corners(outcome.outline()),
                round(outcome.captureQuality().blurVariance()), outcome.captureQuality().blurred()));
    }

    static Detected detected(OutlineDetection detection) {
        return new Detected(detection.cardFound(), corners(detection.outline()), advice(detection.advice()));
    }

    private static Candidate candidate(RecognizedCard card) {
        ScoreComponents c = card.components();
        return new Candidate(card.cardId().value(), card.name(), card.setName(), card.tcgSlug(), round(card.score()),
                lower(card.confidence()), new Components(round(c.embedding()), round(c.collectorNumber()),
                round(c.name()), round(c.featureMatch()), round(c.setContext())), card.rotationUsed());
    }

    private static Quality quality(CaptureQuality q) {
        return new Quality(round(q.overallScore()), lower(q.colorReliability()), lower(q.glareSeverity()),
                lower(q.verdict()), round(q.fakeRisk()), advice(q.advice()));
    }

    private static List<Advice> advice(List<CaptureAdvice> advice) {
        return advice.stream().map(a -> new Advice(lower(a.code()), a.side().map(RecognitionResponses::lower).orElse(null)))
                .toList();
    }

    private static List<double[]> corners(Optional<CardOutline> outline) {
        return outline.map(o -> o.corners().stream().map(c -> new double[]{Math.round(c.x()), Math.round(c.y())}).toList())
                .orElse(List.of());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
