package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardOutline;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.recognition.engine.CardRecognizer;
import io.cardvault.recognition.engine.Mats;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Optional;
import java.util.function.Function;

/**
 * Adapter: offers the OpenCV recognition engine through the recognition out-port. Decoding
 * happens here so that the port speaks only bytes and records.
 */
final class OpenCvCardRecognitionAdapter implements CardRecognitionPort {

    private final CardRecognizer recognizer;

    OpenCvCardRecognitionAdapter(CardRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public Optional<CardRecognition> recognize(CardPhoto photo) {
        return withDecoded(photo, recognizer::recognize);
    }

    @Override
    public Optional<CardOutline> detectOutline(CardPhoto photo) {
        return withDecoded(photo, recognizer::detectOutline).flatMap(Function.identity());
    }

    private static <T> Optional<T> withDecoded(CardPhoto photo, Function<Mat, T> work) {
        try (PointerScope scope = new PointerScope()) {
            Mat image = Mats.decode(photo.encoded());
            if (image == null || image.empty()) {
                return Optional.empty();
            }
            return Optional.of(work.apply(image));
        }
    }
}
