package io.cardvault.application.port.out.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.recognition.CaptureAdvice;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.OutlineDetection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CardRecognitionPort}: every implementation (the in-memory fake, the OpenCV
 * engine) must pass it. The implementation supplies a small catalogue and photos: a clean photo
 * of one of its cards, and a photo of no card at all.
 */
public abstract class CardRecognitionPortContract {

    private CardRecognitionPort engine;
    private List<PrintedCard> catalogue;

    /** A fresh engine with no references loaded. */
    protected abstract CardRecognitionPort engine();

    /** A few cards distinct enough for the engine to tell apart, ids positive and distinct. */
    protected abstract List<PrintedCard> catalogue();

    /** A clean photo of {@code card}, one of {@link #catalogue()}. */
    protected abstract CardPhoto photoOf(PrintedCard card);

    /** A photo that shows none of the catalogue's cards. */
    protected abstract CardPhoto unrelatedPhoto();

    /** A JPEG's start, a 640 × 480 frame header and its end: the upload guard passes it, no decoder reads an image from it. */
    private static CardPhoto undecodablePhoto() {
        return new CardPhoto(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, 1, (byte) 0xe0, 2,
                (byte) 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xff, (byte) 0xd9});
    }

    @BeforeEach
    void freshEngine() {
        engine = engine();
        catalogue = catalogue();
    }

    @Test
    void givenNoReferences_recognize_isRefusedUntilTheyAreLoaded() {
        assertThat(engine.ready()).isFalse();
        assertThatThrownBy(() -> engine.recognize(photoOf(catalogue.get(0)))).isInstanceOf(IllegalStateException.class);

        engine.loadReferences(catalogue, List.of());

        assertThat(engine.ready()).isTrue();
    }

    @Test
    void givenAPhotoOfAnIndexedCard_recognize_answersThatCardFirst() {
        engine.loadReferences(catalogue, List.of());
        PrintedCard pictured = catalogue.get(catalogue.size() - 1);

        CardRecognition recognition = engine.recognize(photoOf(pictured)).orElseThrow();

        assertThat(recognition.best()).isPresent();
        assertThat(recognition.best().get().cardId()).isEqualTo(Long.toString(pictured.cardId().value()));
        assertThat(recognition.best().get().confidence()).isIn(ConfidenceBucket.HIGH, ConfidenceBucket.MEDIUM);
    }

    @Test
    void givenTheGameOfThePicturedCard_recognize_answersThatCardAndOnlyCardsOfThatGame() {
        engine.loadReferences(catalogue, List.of());
        PrintedCard pictured = catalogue.get(catalogue.size() - 1);
        List<String> ofItsGame = catalogue.stream().filter(card -> card.gameSlug().equals(pictured.gameSlug()))
                .map(card -> Long.toString(card.cardId().value())).toList();

        CardRecognition recognition = engine.recognize(photoOf(pictured), Optional.of(pictured.gameSlug())).orElseThrow();

        assertThat(recognition.best().orElseThrow().cardId()).isEqualTo(Long.toString(pictured.cardId().value()));
        assertThat(recognition.candidates()).extracting(RecognitionCandidate::cardId).allMatch(ofItsGame::contains);
    }

    @Test
    void givenAGameWithNoIndexedCard_recognize_answersNoCandidate() {
        engine.loadReferences(catalogue, List.of());

        CardRecognition recognition = engine.recognize(photoOf(catalogue.get(0)), Optional.of("no-such-game")).orElseThrow();

        assertThat(recognition.candidates()).isEmpty();
    }

    @Test
    void givenAPhotoOfNoCard_recognize_matchesNothingConfidently() {
        engine.loadReferences(catalogue, List.of());

        CardRecognition recognition = engine.recognize(unrelatedPhoto()).orElseThrow();

        assertThat(recognition.candidates()).allSatisfy(candidate ->
                assertThat(candidate.confidence()).isIn(ConfidenceBucket.LOW, ConfidenceBucket.CONFLICT));
    }

    @Test
    void givenBytesNoDecoderReads_recognizeAndDetectOutline_answerNothing() {
        engine.loadReferences(catalogue, List.of());

        assertThat(engine.recognize(undecodablePhoto())).isEmpty();
        assertThat(engine.detectOutline(undecodablePhoto())).isEmpty();
    }

    @Test
    void givenAWholeCardInTheFrame_detectOutline_findsItWithoutReferencesAndAdvisesNoMove() {
        OutlineDetection card = engine.detectOutline(photoOf(catalogue.get(0))).orElseThrow();
        OutlineDetection none = engine.detectOutline(unrelatedPhoto()).orElseThrow();

        assertThat(card.cardFound()).isTrue();
        assertThat(card.advice()).extracting(CaptureAdvice::code)
                .doesNotContain(CaptureAdvice.Code.CUT_OFF, CaptureAdvice.Code.TOO_FAR);
        assertThat(none.cardFound()).isFalse();
    }

    @Test
    void givenAScanOfAnIndexedCard_addReference_acceptsItAndRefusesAnUnindexedCard() {
        engine.loadReferences(catalogue, List.of());
        PrintedCard pictured = catalogue.get(0);
        ScanFingerprint fingerprint = engine.recognize(photoOf(pictured)).orElseThrow().fingerprint();

        assertThat(engine.addReference(new ConfirmedReference(pictured.cardId(), fingerprint))).isTrue();
        assertThat(engine.addReference(new ConfirmedReference(new CardId(999_999_999L), fingerprint))).isFalse();
        assertThat(engine.recognize(photoOf(pictured)).orElseThrow().best().orElseThrow().cardId())
                .isEqualTo(Long.toString(pictured.cardId().value()));
    }
}
