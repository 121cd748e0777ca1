package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.ScanFingerprint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the scans the recognizer answered, kept by scan id so that a later confirmation
 * turns the photographed card into an extra reference (self-learning) that survives restarts.
 */
public interface RecognitionScanStorePort {

    void saveScan(String scanId, ScanFingerprint fingerprint, Instant scannedAt);

    Optional<ScanFingerprint> findScan(String scanId);

    /** Records that scan {@code scanId} shows card {@code cardId} (a later confirmation replaces it). */
    void confirm(String scanId, CardId cardId, Instant confirmedAt);

    /** Every confirmed scan, oldest first. */
    List<ConfirmedReference> confirmedReferences();
}
