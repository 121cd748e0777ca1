package io.cardvault.recognition;

import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.GameLayout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps answers about cards without artwork honest. Their reference face is the game's frame and
 * the card's printed text, drawn by us: a photo agreeing with it agrees with a layout and a few
 * words, never with the card's artwork, so such a candidate is never {@code high}. It is
 * {@code medium} when both its name and its collector number agree with the photo (the text
 * regions, and the OCR where it read them), {@code low} otherwise. A conflict stays a conflict.
 */
final class TextOnlyConfidence {

    /** The highest score of the medium bucket ({@link ConfidenceBucket#of}: high is above 0.75). */
    static final double MEDIUM_CAP = 0.75;
    /** The highest score of the low bucket. */
    static final double LOW_CAP = 0.49;
    /** Name and number components from which the text counts as agreeing. */
    static final double TEXT_AGREES = 0.6;

    private TextOnlyConfidence() {
    }

    /** The recognition with text-only candidates capped as above, reordered by score. */
    static CardRecognition honest(CardRecognition recognition, Function<String, Optional<CatalogueCard>> cardOf) {
        List<RecognitionCandidate> candidates = new ArrayList<>();
        boolean changed = false;
        for (RecognitionCandidate candidate : recognition.candidates()) {
            boolean textOnly = cardOf.apply(candidate.cardId()).map(card -> !GameLayout.of(card.game()).artwork()).orElse(false);
            double cap = !textOnly ? 1 : textAgrees(candidate.components()) ? MEDIUM_CAP : LOW_CAP;
            if (candidate.score() > cap) {
                changed = true;
                candidates.add(new RecognitionCandidate(candidate.cardId(), candidate.name(), candidate.setId(), cap,
                        ConfidenceBucket.of(cap, candidate.confidence() == ConfidenceBucket.CONFLICT),
                        candidate.components(), candidate.rotationUsed()));
            } else {
                candidates.add(candidate);
            }
        }
        if (!changed) {
            return recognition;
        }
        // Stable: candidates the cap leaves level keep the recognizer's order.
        candidates.sort(Comparator.comparingDouble(RecognitionCandidate::score).reversed());
        return new CardRecognition(candidates, recognition.outline(), recognition.captureQuality(), recognition.fingerprint());
    }

    /** The recognition of a photo with no candidate (the game asked for has no indexed card). */
    static CardRecognition withoutCandidates(CardRecognition recognition) {
        return new CardRecognition(List.of(), recognition.outline(), recognition.captureQuality(), recognition.fingerprint());
    }

    private static boolean textAgrees(ScoreComponents components) {
        return components.name() >= TEXT_AGREES && components.collectorNumber() >= TEXT_AGREES;
    }
}
