package io.cardvault.application.port.out;

import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.CardOutline;

import java.util.Optional;

/**
 * Outgoing port: the recognition engine identifies the catalogue card shown in a phone photo.
 * The engine lives in the {@code recognition} module; nothing of its image library leaks here.
 */
public interface CardRecognitionPort {

    /**
     * Identifies the card in the photo. Empty when the photo cannot be decoded as an image;
     * a photo in which no card is found still yields a result, bucketed {@code LOW}, so that the
     * caller can show the capture-quality report.
     */
    Optional<CardRecognition> recognize(CardPhoto photo);

    /**
     * Finds the card outline only (the camera preview asks "move closer" before spending a
     * recognition). Empty when no card-shaped quadrilateral is visible.
     */
    Optional<CardOutline> detectOutline(CardPhoto photo);
}
