package io.cardvault.application.service.recognition;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.recognition.ConfirmScanUseCase;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException.Reason;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.ScanFingerprint;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Stores the confirmation (so the reference survives restarts) and hands the scan's fingerprint
 * to this node's recognizer at once; other nodes pick it up at their next index build.
 */
@UseCase
public class ConfirmScanService implements ConfirmScanUseCase {

    private final RecognitionScanStorePort scans;
    private final RecognitionCataloguePort catalogue;
    private final CardRecognitionPort recognizer;
    private final Clock clock;

    @Inject
    public ConfirmScanService(RecognitionScanStorePort scans, RecognitionCataloguePort catalogue,
                              CardRecognitionPort recognizer) {
        this(scans, catalogue, recognizer, Clock.systemUTC());
    }

    ConfirmScanService(RecognitionScanStorePort scans, RecognitionCataloguePort catalogue,
                       CardRecognitionPort recognizer, Clock clock) {
        this.scans = scans;
        this.catalogue = catalogue;
        this.recognizer = recognizer;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ConfirmScanService() {
        this(null, null, null, null);
    }

    @Override
    public void confirm(String scanId, CardId cardId) {
        ScanFingerprint fingerprint = scans.findScan(scanId).orElseThrow(() -> new RecognitionRefusedException(
                Reason.SCAN_NOT_FOUND, "Scan not found: " + scanId));
        if (catalogue.labels(List.of(cardId)).isEmpty()) {
            throw new RecognitionRefusedException(Reason.CARD_NOT_FOUND, "Card not found: " + cardId.value());
        }
        scans.confirm(scanId, cardId, clock.instant());
        if (recognizer.ready()) {
            recognizer.addReference(new ConfirmedReference(cardId, fingerprint));
        }
    }
}
