package io.cardvault.application.port.in.recognition;

/** Use case: identify the catalogue card in an uploaded photo. */
public interface RecognizeCardUseCase {

    /** @throws RecognitionRefusedException for a bad image, an unready index, a low tier or a spent quota */
    CardRecognitionOutcome recognize(RecognizeCardCommand command);
}
