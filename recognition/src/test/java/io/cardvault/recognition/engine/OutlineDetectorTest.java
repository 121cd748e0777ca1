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
    void givenAPhotoWithoutACard_detect_findsNoCardShapedOutline() {
        Mat blank = Mats.fromImage(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_3BYTE_BGR));

        assertThat(new OutlineDetector(4).detect(blank)).isEmpty();
    }
}
