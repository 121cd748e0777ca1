package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureQualityAnalyzerTest {

    private final io.cardvault.recognition.catalogue.CatalogueCard card = TestCards.catalogue().get(2);
    private final Mat reference = Mats.fromImage(TestCards.renderer().render(card));

    private CaptureQuality analyse(PhotoSettings settings, long seed) {
        SyntheticPhoto photo = new PhotoSynthesizer(settings)
                .generate(TestCards.renderer().render(card, 630, 880), new Random(seed));
        Mat crop = Rectifier.rectify(Mats.decode(photo.jpeg()), new Quad(photo.faceCorners(), 0), 0);
        return CaptureQualityAnalyzer.analyse(crop, Optional.of(reference), true, 0.9);
    }

    @Test
    void givenASharpCleanPhoto_analyse_flagsNothing() {
        CaptureQuality quality = analyse(PhotoSettings.clean(), 1);

        assertThat(quality.blurred()).isFalse();
        assertThat(quality.glareSeverity()).isEqualTo(CaptureQuality.GlareSeverity.NONE);
        assertThat(quality.colorReliability()).isEqualTo(CaptureQuality.Reliability.HIGH);
        assertThat(quality.verdict()).isEqualTo(CaptureQuality.Verdict.LIKELY_REAL);
    }

    @Test
    void givenAStronglyDefocusedPhoto_analyse_flagsBlur() {
        PhotoSettings blurry = new PhotoSettings(960, 720, 0, 0, 0.8, 0.8, 0, 10, 0, 4.0, 0, 0, 0, 95, 95);

        CaptureQuality quality = analyse(blurry, 2);

        assertThat(quality.blurred()).isTrue();
        assertThat(quality.blurVariance()).isLessThan(analyse(PhotoSettings.clean(), 1).blurVariance());
    }

    @Test
    void givenPhotosWithAGlareBlob_analyse_reportsGlareOnMostAndNoneOnCleanPhotos() {
        PhotoSettings glared = new PhotoSettings(960, 720, 0, 0, 0.8, 0.8, 0, 10, 0, 0, 1.0, 0, 0, 95, 95);
        int flaggedGlared = 0;
        int flaggedClean = 0;
        for (long seed = 1; seed <= 6; seed++) {
            if (analyse(glared, seed).glareSeverity() != CaptureQuality.GlareSeverity.NONE) {
                flaggedGlared++;
            }
            if (analyse(PhotoSettings.clean(), seed).glareSeverity() != CaptureQuality.GlareSeverity.NONE) {
                flaggedClean++;
            }
        }

        // A blob that lands on the white text panel changes little and may pass unnoticed.
        assertThat(flaggedGlared).isGreaterThanOrEqualTo(4);
        assertThat(flaggedClean).isZero();
    }

    @Test
    void givenAStrongColourCast_analyse_lowersColourReliability() {
        Mat crop = Mats.fromImage(TestCards.renderer().render(card));
        byte[] p = Mats.bytes(crop);
        for (int i = 0; i < p.length; i += 3) {
            p[i] = (byte) ((p[i] & 0xFF) * 0.6);
        }
        crop.data().put(p);

        CaptureQuality quality = CaptureQualityAnalyzer.analyse(crop, Optional.of(reference), true, 0.9);

        assertThat(quality.colorReliability()).isNotEqualTo(CaptureQuality.Reliability.HIGH);
    }
}
