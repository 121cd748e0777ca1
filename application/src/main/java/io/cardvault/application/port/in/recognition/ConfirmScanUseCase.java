package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.catalogue.CardId;

/**
 * Use case: the user says scan {@code scanId} showed card {@code cardId}; the scan becomes an
 * extra reference for that card (self-learning), kept across restarts. Consumes no quota.
 */
public interface ConfirmScanUseCase {

    /** @throws RecognitionRefusedException when the scan or the card is unknown */
    void confirm(String scanId, CardId cardId);
}
