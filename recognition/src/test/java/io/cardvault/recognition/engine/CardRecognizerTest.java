package io.cardvault.recognition.engine;

import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CardRecognizerTest {

    private static List<CatalogueCard> cards;
    private static CardRecognizer recognizer;
    private static CardRecognizer reading;

    @BeforeAll
    static void indexTheSmallCatalogue() {
        cards = TestCards.catalogue();
        ReferenceIndex index = ReferenceIndex.build(cards, TestCards.renderer(), 1);
        recognizer = new CardRecognizer(index, TestCards.renderer(), RecognitionSettings.defaults());
        reading = new CardRecognizer(index, TestCards.renderer(), RecognitionSettings.defaults(), TextReader.create());
    }

    private static SyntheticPhoto photoOf(CatalogueCard card, PhotoSettings settings, long seed) {
        return new PhotoSynthesizer(settings).generate(TestCards.renderer().render(card, 630, 880), new Random(seed));
    }

    @Test
    void givenATiltedPhoto_recognize_returnsTheCardFirstWithConfidence() {
        PhotoSettings tilted = new PhotoSettings(960, 720, 20, 0, 0.7, 0.8, 0.04, 30, 3, 0.8, 0, 0.08, 3, 70, 70);
        SyntheticPhoto photo = photoOf(cards.get(9), tilted, 21);

        CardRecognition result = recognizer.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best()).isPresent();
        assertThat(result.best().get().cardId()).isEqualTo(cards.get(9).id());
        assertThat(result.confidence()).isIn(ConfidenceBucket.HIGH, ConfidenceBucket.MEDIUM);
        assertThat(result.outline()).isPresent();
        assertThat(result.best().get().components().featureMatch()).isGreaterThan(0.5);
    }

    @Test
    void givenACardUpsideDown_recognize_reportsTheHalfTurnUsed() {
        PhotoSettings upsideDown = new PhotoSettings(960, 720, 0, 1.0, 0.75, 0.75, 0, 20, 0, 0, 0, 0, 0, 90, 90);
        SyntheticPhoto photo = null;
        for (long seed = 0; photo == null || photo.quarterTurns() != 2; seed++) {
            photo = photoOf(cards.get(4), upsideDown, seed);
        }

        CardRecognition result = recognizer.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(cards.get(4).id());
        assertThat(result.best().get().rotationUsed()).isEqualTo(180);
    }

    @Test
    void givenAReprint_recognize_tellsItFromTheOriginalByItsBottomStrip() {
        SyntheticPhoto photo = photoOf(TestCards.reprintOfFirst(), PhotoSettings.clean(), 8);

        CardRecognition result = recognizer.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(TestCards.reprintOfFirst().id());
        assertThat(result.candidates()).extracting(c -> c.cardId()).contains(cards.get(0).id());
        assertThat(result.best().get().components().collectorNumber())
                .isGreaterThan(result.candidates().get(1).components().collectorNumber());
    }

    @Test
    void givenAReprint_recognizeWithOcr_readsItsNumberAndAnswersIt() {
        SyntheticPhoto photo = photoOf(TestCards.reprintOfFirst(), PhotoSettings.clean(), 8);

        CardRecognition result = reading.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(TestCards.reprintOfFirst().id());
        assertThat(result.confidence()).isNotEqualTo(ConfidenceBucket.CONFLICT);
        assertThat(result.best().get().components().collectorNumber())
                .isGreaterThan(result.candidates().get(1).components().collectorNumber());
    }

    @Test
    void givenACardWhoseNumberNamesAnotherCard_recognizeWithOcr_flagsAConflict() {
        // Artwork, name, type and HP of ts1-4, but the bottom strip of ts1-19: what the eye and
        // what the text say disagree (a misprint, a fake, or a sticker over the number).
        CatalogueCard visual = cards.get(3);
        CatalogueCard other = cards.get(18);
        assertThat(other.setId()).isEqualTo(visual.setId());
        CatalogueCard forged = new CatalogueCard("forged", other.localId(), visual.setId(), visual.setCode(),
                visual.officialCount(), visual.name(), "en", visual.hp(), visual.types(), visual.rarity(),
                visual.category(), visual.dexIds(), visual.attacks(), visual.text());
        SyntheticPhoto photo = photoOf(forged, PhotoSettings.clean(), 4);

        CardRecognition result = reading.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(visual.id());
        assertThat(result.confidence()).isEqualTo(ConfidenceBucket.CONFLICT);
        assertThat(result.best().get().confidence()).isEqualTo(ConfidenceBucket.CONFLICT);
    }

    @Test
    void givenAClearPhoto_recognizeWithOcr_answersWithoutConflict() {
        SyntheticPhoto photo = photoOf(cards.get(3), PhotoSettings.clean(), 4);

        CardRecognition result = reading.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(cards.get(3).id());
        assertThat(result.confidence()).isEqualTo(ConfidenceBucket.HIGH);
    }

    @Test
    void givenAReprintWhoseSetCodeBlurRemoves_recognizeWithOcr_asksTheUserInsteadOfGuessing() {
        // Two kits print the same face but for the set code, which blur leaves unreadable.
        CatalogueCard original = cards.get(4);
        CatalogueCard twin = new CatalogueCard("kit-" + original.localId(), original.localId(), "kit",
                "KT8", original.officialCount(), original.name(), "en", original.hp(), original.types(),
                original.rarity(), original.category(), original.dexIds(), original.attacks(), original.text());
        List<CatalogueCard> withTwin = new java.util.ArrayList<>(cards);
        withTwin.add(twin);
        CardRecognizer twins = new CardRecognizer(ReferenceIndex.build(withTwin, TestCards.renderer(), 1),
                TestCards.renderer(), RecognitionSettings.defaults(), TextReader.create());
        PhotoSettings blurred = new PhotoSettings(960, 720, 0, 0, 0.45, 0.45, 0, 10, 0, 4, 0, 0, 4, 60, 60);
        SyntheticPhoto photo = photoOf(original, blurred, 7);

        CardRecognition result = twins.recognize(Mats.decode(photo.jpeg()));

        assertThat(result.candidates()).extracting(c -> c.cardId()).startsWith(result.best().orElseThrow().cardId())
                .contains(original.id(), twin.id());
        assertThat(result.confidence().needsConfirmation()).isTrue();
        assertThat(result.best().get().score()).isLessThan(0.5);
    }

    @Test
    void givenAConfirmedScan_theFingerprintRoundTrips_andTheCardAnswersOnceWithTheExtraReference() {
        SyntheticPhoto photo = photoOf(cards.get(6), PhotoSettings.clean(), 5);
        CardRecognition first = recognizer.recognize(Mats.decode(photo.jpeg()));
        CardDescriptor scanned = CardDescriptor.fromBytes(first.fingerprint().bytes());
        assertThat(scanned.toBytes()).isEqualTo(first.fingerprint().bytes());

        ReferenceIndex base = ReferenceIndex.build(cards, TestCards.renderer(), 1);
        ReferenceIndex extended = base.withExtras(List.of(java.util.Map.entry(6, scanned)));
        assertThat(extended.size()).isEqualTo(base.size() + 1);
        assertThat(extended.group(base.size())).isEqualTo(extended.group(6));
        CardRecognition again = new CardRecognizer(extended, TestCards.renderer(), RecognitionSettings.defaults())
                .recognize(Mats.decode(photo.jpeg()));

        assertThat(again.best().orElseThrow().cardId()).isEqualTo(cards.get(6).id());
        assertThat(again.candidates()).extracting(c -> c.cardId()).doesNotHaveDuplicates();
        assertThat(again.best().get().components().embedding())
                .isGreaterThanOrEqualTo(first.best().orElseThrow().components().embedding());
    }

    @Test
    void givenCardsWithACornerOutsideThePhotoAtEveryTurn_recognize_namesEachAtTheRightTurn() {
        PhotoSettings turned = new PhotoSettings(960, 720, 25, 0.8, 0.7, 0.8, 0.04, 30, 3, 0.8, 0.3, 0.08, 3, 70, 85);
        String[] sides = {"left", "top", "right", "bottom"};
        for (int k = 0; k < 4; k++) {
            CatalogueCard card = cards.get(2 + 5 * k);
            SyntheticPhoto photo = null;
            for (long seed = 40L * k; photo == null || photo.quarterTurns() != k || Math.abs(photo.tiltDegrees()) < 10; seed++) {
                photo = photoOf(card, turned, seed);
            }
            ClippedPhotos.Clipped clipped = ClippedPhotos.clip(photo, sides[k], 0.02 + 0.01 * k);

            CardRecognition result = recognizer.recognize(Mats.decode(clipped.jpeg()));

            assertThat(result.best().orElseThrow().cardId()).as(sides[k]).isEqualTo(card.id());
            assertThat(result.best().get().rotationUsed()).as(sides[k]).isEqualTo(Math.floorMod(-k * 90, 360));
        }
    }

    @Test
    void givenAnUprightCardWithAStripOutsideThePhoto_recognize_namesItWithItsOutlineCompleted() {
        PhotoSettings upright = new PhotoSettings(960, 720, 4, 0, 0.75, 0.8, 0.02, 30, 0, 0.8, 0, 0.08, 3, 80, 80);
        SyntheticPhoto photo = photoOf(cards.get(15), upright, 9);
        ClippedPhotos.Clipped clipped = ClippedPhotos.clip(photo, "bottom", 0.05);

        CardRecognition result = recognizer.recognize(Mats.decode(clipped.jpeg()));

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(cards.get(15).id());
        assertThat(result.outline()).isPresent();
        Quad truth = new Quad(clipped.faceCorners(), 0);
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            xy[2 * i] = result.outline().get().corners().get(i).x();
            xy[2 * i + 1] = result.outline().get().corners().get(i).y();
        }
        assertThat(new Quad(xy, 0).maxCornerDistance(truth)).isLessThan(0.03 * Math.hypot(clipped.width(), clipped.height()));
    }

    @Test
    void givenFaceCornersFoundInAPhoto_rotationOf_turnsTheFacesTopLeftCornerToTheCropsTopLeft() {
        // The face's top-left corner lies bottom-left in the photo: the card lies turned a quarter anticlockwise.
        double[] turnedClockwise = {100, 500, 100, 100, 400, 100, 400, 500};
        double[] upright = {100, 100, 400, 100, 400, 500, 100, 500};
        double[] upsideDown = {400, 500, 100, 500, 100, 100, 400, 100};

        assertThat(CardRecognizer.rotationOf(new Quad(upright, 0), upright)).isZero();
        assertThat(CardRecognizer.rotationOf(new Quad(turnedClockwise, 0), turnedClockwise)).isEqualTo(90);
        assertThat(CardRecognizer.rotationOf(new Quad(upsideDown, 0), upsideDown)).isEqualTo(180);
    }

    @Test
    void givenPhotosOfTheClippedCornerCondition_recognize_namesEachCardAtItsTurn() {
        List<String> wrong = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            CatalogueCard card = cards.get(1 + 3 * k);
            SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.phonePhotos()).generate(
                    TestCards.renderer().render(card, 630, 880), new Random(100 + k), CaptureCondition.CLIPPED_CORNER);
            double[] truth = photo.faceCorners();
            int turn = CardRecognizer.rotationOf(new Quad(truth, 0), truth);

            CardRecognition result = recognizer.recognize(Mats.decode(photo.jpeg()));

            String answer = result.best().map(c -> c.cardId() + "@" + c.rotationUsed()).orElse("none");
            if (!answer.equals(card.id() + "@" + turn)) {
                wrong.add(photo.clippedSide().orElse("?") + " " + photo.outsideShare() + ": " + answer + " for " + card.id() + "@" + turn);
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void givenAPhotoRecognizedAgainAfterAnother_recognize_answersAsTheFirstTimeFromTheKeptReferenceFeatures() {
        CardRecognizer fresh = new CardRecognizer(ReferenceIndex.build(cards, TestCards.renderer(), 1),
                TestCards.renderer(), RecognitionSettings.defaults());
        byte[] first = photoOf(cards.get(6), PhotoSettings.phonePhotos(), 33).jpeg();
        byte[] other = photoOf(cards.get(2), PhotoSettings.phonePhotos(), 32).jpeg();

        CardRecognition before = fresh.recognize(Mats.decode(first));
        fresh.recognize(Mats.decode(other));
        CardRecognition again = fresh.recognize(Mats.decode(first));

        assertThat(before.best().orElseThrow().cardId()).isEqualTo(cards.get(6).id());
        assertThat(again.candidates()).isEqualTo(before.candidates());
        assertThat(again.outline()).isEqualTo(before.outline());
    }

    @Test
    void givenTwoCardsSideBySide_recognize_offersBothAndAsksTheUser() {
        CatalogueCard left = cards.get(2);
        CatalogueCard right = cards.get(11);
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(960, 720,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(new java.awt.Color(70, 90, 110));
        g.fillRect(0, 0, 960, 720);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(TestCards.renderer().render(left, 630, 880), 90, 110, 350, 489, null);
        g.drawImage(TestCards.renderer().render(right, 630, 880), 520, 120, 350, 489, null);
        g.dispose();

        CardRecognition result = recognizer.recognize(Mats.fromImage(photo));

        assertThat(result.candidates()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(List.of(result.candidates().get(0).cardId(), result.candidates().get(1).cardId()))
                .containsExactlyInAnyOrder(left.id(), right.id());
        assertThat(result.confidence()).isEqualTo(ConfidenceBucket.LOW);
    }
}

