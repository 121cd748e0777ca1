package io.cardvault.application.service.recognition;

import io.cardvault.application.port.in.recognition.BuildRecognitionIndexUseCase;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the catalogue and the confirmed scans, then lets the engine render and index them. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // minutes of rendering: never hold a transaction that long
public class BuildRecognitionIndexService implements BuildRecognitionIndexUseCase {

    private final RecognitionCataloguePort catalogue;
    private final RecognitionScanStorePort scans;
    private final CardRecognitionPort recognizer;

    @Inject
    public BuildRecognitionIndexService(RecognitionCataloguePort catalogue, RecognitionScanStorePort scans,
                                        CardRecognitionPort recognizer) {
        this.catalogue = catalogue;
        this.scans = scans;
        this.recognizer = recognizer;
    }

    /** For CDI's client proxy only. */
    protected BuildRecognitionIndexService() {
        this(null, null, null);
    }

    @Override
    public int buildIndex() {
        List<PrintedCard> cards = catalogue.printedCards();
        recognizer.loadReferences(cards, scans.confirmedReferences());
        return cards.size();
    }
}
