package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CaptureAdvice;
import io.cardvault.domain.recognition.CaptureAdvice.Code;
import io.cardvault.domain.recognition.CaptureAdvice.Side;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.PhotoEdits;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureQualityAnalyzerTest {

    private static final PhotoSettings GLARED = new PhotoSettings(960, 720, 0, 0, 0.8, 0.8, 0, 10, 0, 0, 1.0, 0, 0, 95, 95);
    private static final PhotoSettings DEFOCUSED = new PhotoSettings(960, 720, 0, 0, 0.8, 0.8, 0, 10, 0, 4.0, 0, 0, 0, 95, 95);
    /** The card a third of the photo's height: under 5 % of its area. */
    private static final PhotoSettings FAR = new PhotoSettings(960, 720, 0, 0, 0.3, 0.3, 0, 10, 0, 0, 0, 0, 0, 95, 95);

    private final CatalogueCard card = TestCards.catalogue().get(2);
    private final Mat reference = Mats.fromImage(TestCards.renderer().render(card));

    private SyntheticPhoto photo(PhotoSettings settings, long seed) {
        return new PhotoSynthesizer(settings).generate(TestCards.renderer().render(card, 630, 880), new Random(seed));
    }

    /** The report on a photo whose card lies at {@code corners} (face order), as a recognition makes it. */
    private CaptureQuality analyse(BufferedImage image, double[] corners) {
        Mat photo = Mats.fromImage(image);
        Quad outline = new Quad(corners, 0);
        Mat crop = Rectifier.rectify(photo, outline, 0);
        return CaptureQualityAnalyzer.analyse(photo, Optional.of(outline), crop, Optional.of(reference), 0.9);
    }

    private CaptureQuality analyse(SyntheticPhoto photo) {
        return analyse(PhotoEdits.read(photo.jpeg()), photo.faceCorners());
    }

    private CaptureQuality analyse(PhotoSettings settings, long seed) {
        return analyse(photo(settings, seed));
    }

    private static List<Code> codes(CaptureQuality quality) {
        return quality.advice().stream().map(CaptureAdvice::code).toList();
    }

    /**
     * The photo with the part beyond a line {@code share} of the card's width (height) inside the
     * card's {@code side} cut away, as if the camera had been pointed too far the other way; the
     * corners move with it (two of them now lie outside the photo).
     */
    private static SyntheticPhoto cutOff(SyntheticPhoto photo, Side side, double share) {
        BufferedImage image = PhotoEdits.read(photo.jpeg());
        double[] c = photo.faceCorners();
        double minX = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
        double maxX = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
        double minY = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
        double maxY = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
        int x = 0;
        int y = 0;
        int w = image.getWidth();
        int h = image.getHeight();
        switch (side) {
            case LEFT -> x = (int) Math.round(minX + share * (maxX - minX));
            case RIGHT -> w = (int) Math.round(maxX - share * (maxX - minX));
            case TOP -> y = (int) Math.round(minY + share * (maxY - minY));
            case BOTTOM -> h = (int) Math.round(maxY - share * (maxY - minY));
        }
        BufferedImage cut = new BufferedImage(w - x, h - y, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = cut.createGraphics();
        graphics.drawImage(image, -x, -y, null);
        graphics.dispose();
        double[] moved = c.clone();
        for (int i = 0; i < 4; i++) {
            moved[2 * i] -= x;
            moved[2 * i + 1] -= y;
        }
        return new SyntheticPhoto(PhotoEdits.jpeg(cut, 0.92f), moved, photo.quarterTurns(), photo.tiltDegrees(),
                photo.blurAmount(), photo.glare(), photo.whiteBalanceShift());
    }

    @Test
    void givenASharpCleanPhoto_analyse_flagsNothingAndGivesNoAdvice() {
        for (long seed = 1; seed <= 3; seed++) {
            CaptureQuality quality = analyse(PhotoSettings.clean(), seed);

            assertThat(quality.blurred()).isFalse();
            assertThat(quality.glareSeverity()).isEqualTo(CaptureQuality.GlareSeverity.NONE);
            assertThat(quality.colorReliability()).isEqualTo(CaptureQuality.Reliability.HIGH);
            assertThat(quality.verdict()).isEqualTo(CaptureQuality.Verdict.LIKELY_REAL);
            assertThat(quality.advice()).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void givenACardRunningPastOneEdge_analyse_saysItIsCutOffOnThatSideOnly() {
        for (Side side : Side.values()) {
            CaptureQuality quality = analyse(cutOff(photo(PhotoSettings.clean(), 4), side, 0.12));

            assertThat(quality.advice()).as(side.name()).filteredOn(a -> a.code() == Code.CUT_OFF)
                    .containsExactly(CaptureAdvice.cutOff(side));
        }
    }

    @Test
    void givenClippedCornerPhotos_analyse_namesTheEdgeTheCardRunsPast() {
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
        for (long seed = 1; seed <= 10; seed++) {
            SyntheticPhoto clipped = synthesizer.generate(TestCards.renderer().render(card, 630, 880), new Random(seed),
                    CaptureCondition.CLIPPED_CORNER);
            Side side = Side.valueOf(clipped.clippedSide().orElseThrow().toUpperCase(Locale.ROOT));

            assertThat(analyse(clipped).advice()).as("seed %d", seed).contains(CaptureAdvice.cutOff(side));
        }
    }

    @Test
    void givenLowLightPhotos_analyse_saysTooDarkOnMostAndNeverOnFramedOnes() {
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
        int dark = 0;
        for (long seed = 1; seed <= 8; seed++) {
            BufferedImage face = TestCards.renderer().render(card, 630, 880);
            if (codes(analyse(synthesizer.generate(face, new Random(seed), CaptureCondition.LOW_LIGHT))).contains(Code.TOO_DARK)) {
                dark++;
            }
            assertThat(codes(analyse(synthesizer.generate(face, new Random(seed), CaptureCondition.FRAMED))))
                    .as("framed, seed %d", seed).doesNotContain(Code.TOO_DARK);
        }

        assertThat(dark).isGreaterThanOrEqualTo(6);
    }

    @Test
    void givenAnOutlineWhoseCornerStopsAtThePhotoEdge_cutOffSides_countsItAsCutOff() {
        // the detector's contour ends where the photo does: a corner on the edge, none beyond
        Quad onLeftEdge = new Quad(new double[]{0, 100, 400, 90, 410, 650, 3, 660}, 0);
        Quad inside = new Quad(new double[]{30, 100, 400, 90, 410, 650, 40, 660}, 0);

        assertThat(CaptureQualityAnalyzer.cutOffSides(onLeftEdge, 960, 720)).containsExactly(Side.LEFT);
        assertThat(CaptureQualityAnalyzer.cutOffSides(inside, 960, 720)).isEmpty();
    }

    @Test
    void givenASmallCardInTheFrame_analyse_saysItIsTooFar() {
        CaptureQuality far = analyse(FAR, 5);

        assertThat(codes(far)).contains(Code.TOO_FAR);
        assertThat(codes(far)).doesNotContain(Code.CUT_OFF);
        assertThat(codes(analyse(PhotoSettings.clean(), 5))).doesNotContain(Code.TOO_FAR);
    }

    @Test
    void givenAStronglyDefocusedPhoto_analyse_flagsBlurAndAdvisesSo() {
        CaptureQuality quality = analyse(DEFOCUSED, 2);

        assertThat(quality.blurred()).isTrue();
        assertThat(quality.blurVariance()).isLessThan(analyse(PhotoSettings.clean(), 1).blurVariance());
        assertThat(codes(quality)).contains(Code.BLURRED);
        assertThat(codes(quality)).doesNotContain(Code.TOO_DARK, Code.CUT_OFF, Code.TOO_FAR);
    }

    @Test
    void givenPhotosWithAGlareBlob_analyse_reportsGlareOnMostAndNoneOnCleanPhotos() {
        int flaggedGlared = 0;
        int advisedGlared = 0;
        int flaggedClean = 0;
        for (long seed = 1; seed <= 6; seed++) {
            CaptureQuality glared = analyse(GLARED, seed);
            if (glared.glareSeverity() != CaptureQuality.GlareSeverity.NONE) {
                flaggedGlared++;
            }
            if (codes(glared).contains(Code.GLARE)) {
                advisedGlared++;
            }
            if (analyse(PhotoSettings.clean(), seed).glareSeverity() != CaptureQuality.GlareSeverity.NONE) {
                flaggedClean++;
            }
        }

        // A blob that lands on the white text panel changes little and may pass unnoticed.
        assertThat(flaggedGlared).isGreaterThanOrEqualTo(4);
        assertThat(advisedGlared).isEqualTo(flaggedGlared);
        assertThat(flaggedClean).isZero();
    }

    @Test
    void givenAPhotoTakenInDimLight_analyse_saysItIsTooDarkRatherThanBlurred() {
        SyntheticPhoto clean = photo(PhotoSettings.clean(), 6);
        BufferedImage dim = PhotoEdits.recolour(PhotoEdits.read(clean.jpeg()), 0.3, 0.3, 0.3, 0);

        CaptureQuality quality = analyse(dim, clean.faceCorners());

        assertThat(codes(quality)).containsExactly(Code.TOO_DARK);
        assertThat(codes(analyse(PhotoEdits.recolour(PhotoEdits.read(clean.jpeg()), 0.8, 0.8, 0.8, 0),
                clean.faceCorners()))).as("a little darker is fine").isEmpty();
    }

    @Test
    void givenAStrongColourCast_analyse_lowersColourReliability() {
        Mat crop = Mats.fromImage(TestCards.renderer().render(card));
        byte[] p = Mats.bytes(crop);
        for (int i = 0; i < p.length; i += 3) {
            p[i] = (byte) ((p[i] & 0xFF) * 0.6);
        }
        crop.data().put(p);

        CaptureQuality quality = CaptureQualityAnalyzer.analyse(crop, Optional.empty(), crop, Optional.of(reference), 0.9);

        assertThat(quality.colorReliability()).isNotEqualTo(CaptureQuality.Reliability.HIGH);
    }

    /** The camera preview: no reference, the outline the detector finds, frames as the phone sends them. */
    private static List<CaptureAdvice> advise(BufferedImage frame) {
        Mat photo = Mats.fromImage(frame);
        return CaptureQualityAnalyzer.advise(photo, new OutlineDetector(1).detect(photo).stream().findFirst());
    }

    @Test
    void givenPreviewFrames_advise_isQuietOnGoodOnesAndNamesWhatIsWrongWithTheOthers() {
        for (long seed = 1; seed <= 3; seed++) {
            BufferedImage good = PhotoEdits.resize(PhotoEdits.read(photo(PhotoSettings.clean(), seed).jpeg()), 640 / 960.0);
            assertThat(advise(good)).as("seed %d", seed).isEmpty();
        }
        BufferedImage far = PhotoEdits.read(photo(FAR, 5).jpeg());
        assertThat(advise(far)).extracting(CaptureAdvice::code).contains(Code.TOO_FAR);
        BufferedImage dim = PhotoEdits.recolour(PhotoEdits.read(photo(PhotoSettings.clean(), 6).jpeg()), 0.2, 0.2, 0.2, 0);
        assertThat(advise(dim)).extracting(CaptureAdvice::code).contains(Code.TOO_DARK).doesNotContain(Code.BLURRED);
        BufferedImage defocused = PhotoEdits.read(photo(DEFOCUSED, 2).jpeg());
        assertThat(advise(defocused)).extracting(CaptureAdvice::code).contains(Code.BLURRED);
    }

    @Test
    void givenPreviewFramesWithAGlareBlob_advise_hintsGlareOnSomeAndNeverOnCleanFrames() {
        int glared = 0;
        int clean = 0;
        for (long seed = 1; seed <= 8; seed++) {
            if (advise(PhotoEdits.resize(PhotoEdits.read(photo(GLARED, seed).jpeg()), 640 / 960.0)).stream()
                    .anyMatch(advice -> advice.code() == Code.GLARE)) {
                glared++;
            }
            if (advise(PhotoEdits.resize(PhotoEdits.read(photo(PhotoSettings.clean(), seed).jpeg()), 640 / 960.0)).stream()
                    .anyMatch(advice -> advice.code() == Code.GLARE)) {
                clean++;
            }
        }

        // without a reference only a soft-rimmed highlight is told from printed white: silence over false alarms
        assertThat(glared).isGreaterThanOrEqualTo(2);
        assertThat(clean).isZero();
    }
}
