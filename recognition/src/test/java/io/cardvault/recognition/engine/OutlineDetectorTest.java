package io.cardvault.recognition.engine;

import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OutlineDetectorTest {

    @Test
    void givenATiltedCardOnClutter_detect_keepsACandidateWithinOnePointFivePercentOfTheDiagonal() {
        PhotoSettings settings = new PhotoSettings(960, 720, 20, 0, 0.7, 0.8, 0.04, 30, 0, 0.5, 0, 0.05, 2, 85, 85);
        SyntheticPhoto photo = new PhotoSynthesizer(settings)
                .generate(TestCards.renderer().render(TestCards.catalogue().get(3), 630, 880), new Random(11));

        List<Quad> quads = new OutlineDetector(4).detect(Mats.decode(photo.jpeg()));

        Quad truth = new Quad(photo.faceCorners(), 0);
        double best = quads.stream().mapToDouble(q -> q.maxCornerDistance(truth)).min().orElse(Double.MAX_VALUE);
        assertThat(best).isLessThan(0.015 * Math.hypot(960, 720));
    }

    @Test
    void givenTheArtworkBoxOfATiltedCard_outerFromArtBox_findsTheCardOutlineOnOneOfItsTwoSides() {
        // A card 315 x 440 px, tilted 20 degrees about (480, 360); its art box by the layout.
        double angle = Math.toRadians(20);
        double[][] artCorners = {{0.085, 0.115}, {0.915, 0.115}, {0.915, 0.50}, {0.085, 0.50}};
        double[][] cardCorners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        Quad art = new Quad(place(artCorners, angle), 1);
        Quad truth = new Quad(place(cardCorners, angle), 1);

        double below = OutlineDetector.outerFromArtBox(art, true).maxCornerDistance(truth);
        double above = OutlineDetector.outerFromArtBox(art, false).maxCornerDistance(truth);

        assertThat(Math.min(below, above)).isLessThan(1.0);
        assertThat(Math.max(below, above)).isGreaterThan(100);
    }

    private static double[] place(double[][] fractions, double angle) {
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            double x = (fractions[i][0] - 0.5) * 315;
            double y = (fractions[i][1] - 0.5) * 440;
            xy[2 * i] = 480 + x * Math.cos(angle) - y * Math.sin(angle);
            xy[2 * i + 1] = 360 + x * Math.sin(angle) + y * Math.cos(angle);
        }
        return xy;
    }

    @Test
    void givenAPhotoWithoutACard_detect_findsNoCardShapedOutline() {
        Mat blank = Mats.fromImage(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_3BYTE_BGR));

        assertThat(new OutlineDetector(4).detect(blank)).isEmpty();
    }
}
