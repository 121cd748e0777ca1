package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.recognition.CardOutline;

import java.util.Optional;

/** Use case: find the card outline in a camera frame (a preview; consumes no quota). */
public interface DetectCardOutlineUseCase {

    /**
     * Empty when no card-shaped quadrilateral is visible.
     *
     * @throws RecognitionRefusedException for an unsupported or undecodable image
     */
    Optional<CardOutline> detect(byte[] image);
}
