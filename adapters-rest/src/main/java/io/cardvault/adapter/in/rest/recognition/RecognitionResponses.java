package io.cardvault.adapter.in.rest.recognition;

import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognizedCard;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
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

    public record Quality(double overallScore, String colorReliability, String glareSeverity, String verdict, double fakeRisk) {
    }

    public record Debug(List<double[]> outline, double blurVariance, boolean blurred) {
    }

    /** {@code /detect}: whether a card outline was found and its corners (photo pixels, clockwise). */
    public record Detected(boolean cardFound, List<double[]> contour) {
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

    static Detected detected(Optional<CardOutline> outline) {
        return new Detected(outline.isPresent(), corners(outline));
    }

    private static Candidate candidate(RecognizedCard card) {
        ScoreComponents c = card.components();
        return new Candidate(card.cardId().value(), card.name(), card.setName(), card.tcgSlug(), round(card.score()),
                lower(card.confidence()), new Components(round(c.embedding()), round(c.collectorNumber()),
                round(c.name()), round(c.featureMatch()), round(c.setContext())), card.rotationUsed());
    }

    private static Quality quality(CaptureQuality q) {
        return new Quality(round(q.overallScore()), lower(q.colorReliability()), lower(q.glareSeverity()),
                lower(q.verdict()), round(q.fakeRisk()));
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
