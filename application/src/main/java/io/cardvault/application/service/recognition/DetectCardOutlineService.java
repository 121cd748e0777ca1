package io.cardvault.application.service.recognition;

import io.cardvault.application.port.in.recognition.DetectCardOutlineUseCase;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.recognition.OutlineDetection;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Outline only: no index, no quota, no database. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // no database work: never hold a transaction
public class DetectCardOutlineService implements DetectCardOutlineUseCase {

    private final CardRecognitionPort recognizer;

    @Inject
    public DetectCardOutlineService(CardRecognitionPort recognizer) {
        this.recognizer = recognizer;
    }

    /** For CDI's client proxy only. */
    protected DetectCardOutlineService() {
        this(null);
    }

    @Override
    public OutlineDetection detect(byte[] image) {
        return recognizer.detectOutline(new CardPhoto(image)).orElse(OutlineDetection.NOTHING);
    }
}
