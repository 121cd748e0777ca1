package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.FingerprintPhotoPort;
import io.cardvault.application.port.out.WatermarkImagePort;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;

import java.util.Optional;

/**
 * Builds the recognition port without CDI (the benchmark and tests): the adapter itself stays
 * package-private. In the server CDI creates the adapter and the catalogue is loaded through
 * {@link CardRecognitionPort#loadReferences}.
 */
public final class RecognitionEngines {

    private RecognitionEngines() {
    }

    /** Wraps an already built index; OCR is on when an English Tesseract model is found. */
    public static CardRecognitionPort fromIndex(ReferenceIndex index, CardFaceRenderer renderer,
                                                RecognitionSettings settings) {
        return fromIndex(index, renderer, settings, true);
    }

    /** Wraps an already built index, with OCR on (if a model is found) or off. */
    public static CardRecognitionPort fromIndex(ReferenceIndex index, CardFaceRenderer renderer,
                                                RecognitionSettings settings, boolean ocr) {
        OpenCvCardRecognitionAdapter adapter = new OpenCvCardRecognitionAdapter(renderer, settings, 1, Optional.empty(), Optional.empty());
        adapter.serve(index, ocr);
        return adapter;
    }

    /** The watermark of protected listing photos (bench/fingerprint). */
    public static WatermarkImagePort watermarks() {
        return new OpenCvPhotoProtection();
    }

    /** The fingerprints of protected listing photos (bench/fingerprint). */
    public static FingerprintPhotoPort fingerprints() {
        return new OpenCvPhotoProtection();
    }
}
