package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.engine.CardRecognizer;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the recognition port without CDI: the boot module (and the benchmark) call this with
 * the catalogue, the artwork folder and the settings; the adapter itself stays package-private.
 */
public final class RecognitionEngines {

    private RecognitionEngines() {
    }

    /** Indexes the cards (renders every reference face) and returns the port. */
    public static CardRecognitionPort build(List<CatalogueCard> cards, Path artDirectory,
                                            RecognitionSettings settings, int threads) {
        CardFaceRenderer renderer = new CardFaceRenderer(artDirectory);
        return fromIndex(ReferenceIndex.build(cards, renderer, threads), renderer, settings);
    }

    /** Wraps an already built index. */
    public static CardRecognitionPort fromIndex(ReferenceIndex index, CardFaceRenderer renderer,
                                                RecognitionSettings settings) {
        return new OpenCvCardRecognitionAdapter(new CardRecognizer(index, renderer, settings));
    }
}
