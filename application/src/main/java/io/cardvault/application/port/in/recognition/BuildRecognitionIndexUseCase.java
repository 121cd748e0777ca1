package io.cardvault.application.port.in.recognition;

/**
 * Use case: (re)build the recognizer's references from the imported catalogue and the confirmed
 * scans. Takes minutes for the whole catalogue; run it in the background.
 */
public interface BuildRecognitionIndexUseCase {

    /** Returns the number of catalogue cards indexed. */
    int buildIndex();
}
