package io.cardvault.application.port.out;

import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.domain.recognition.OutlineDetection;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the recognition engine identifies the catalogue card shown in a phone photo.
 * The engine lives in the {@code recognition} module; nothing of its image library leaks here.
 * Candidates' {@code cardId} is the catalogue id (decimal) of the {@link PrintedCard} indexed.
 */
public interface CardRecognitionPort {

    /**
     * Identifies the card in the photo. Empty when the photo cannot be decoded as an image;
     * a photo in which no card is found still yields a result, bucketed {@code LOW}, so that the
     * caller can show the capture-quality report.
     *
     * @throws IllegalStateException when no references are loaded yet ({@link #ready()} is false)
     */
    default Optional<CardRecognition> recognize(CardPhoto photo) {
        return recognize(photo, Optional.empty());
    }

    /**
     * Identifies the card in the photo among the cards of one game ({@link PrintedCard#gameSlug()},
     * the caller's {@code tcg_slug}), or of every game when none is given: candidates of other games
     * are never answered, and a game with no indexed card answers no candidate.
     *
     * @throws IllegalStateException when no references are loaded yet ({@link #ready()} is false)
     */
    Optional<CardRecognition> recognize(CardPhoto photo, Optional<String> gameSlug);

    /**
     * Finds the card outline only, with the advice for a better capture (the camera preview says
     * "move closer" or "move the phone left" before spending a recognition); no outline when no
     * card-shaped quadrilateral is visible. Empty when the photo cannot be decoded. Needs no
     * references.
     */
    Optional<OutlineDetection> detectOutline(CardPhoto photo);

    /**
     * Renders and indexes a reference for every card, plus the confirmed scans, and then serves
     * recognitions from them (replacing any previous references). Slow: minutes for the whole
     * catalogue; callers run it in the background.
     */
    void loadReferences(List<PrintedCard> cards, List<ConfirmedReference> confirmed);

    /** Adds one confirmed scan to the served references; false when its card is not indexed. */
    boolean addReference(ConfirmedReference reference);

    /** Whether references are loaded and recognitions can be served. */
    boolean ready();
}
