package io.cardvault.recognition.engine;

import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

class OrbVerifierTest {

    private static OrbVerifier.Features reference(BufferedImage face) {
        Mat gray = new Mat();
        cvtColor(Mats.fromImage(face), gray, COLOR_BGR2GRAY);
        return OrbVerifier.features(gray);
    }

    private static OrbVerifier.Features photo(byte[] jpeg) {
        Mat gray = new Mat();
        cvtColor(Mats.decode(jpeg), gray, COLOR_BGR2GRAY);
        return OrbVerifier.photoFeatures(gray);
    }

    @Test
    void givenACardCutOffAtThePhotosEdge_locate_findsItsCornersInFaceOrderWithoutAnOutline() {
        BufferedImage face = TestCards.renderer().render(TestCards.catalogue().get(10));
        PhotoSettings turned = new PhotoSettings(960, 720, 20, 1.0, 0.75, 0.8, 0.03, 30, 0, 0.5, 0, 0.05, 2, 85, 85);
        SyntheticPhoto photo = new PhotoSynthesizer(turned)
                .generate(TestCards.renderer().render(TestCards.catalogue().get(10), 630, 880), new Random(17));
        ClippedPhotos.Clipped clipped = ClippedPhotos.clip(photo, "right", 0.05);

        OrbVerifier.Location location = OrbVerifier.locate(photo(clipped.jpeg()), reference(face), face.getWidth(),
                face.getHeight(), 15).orElseThrow();

        double[] truth = clipped.faceCorners();
        double[] found = location.faceCorners();
        for (int i = 0; i < 4; i++) {
            assertThat(Math.hypot(found[2 * i] - truth[2 * i], found[2 * i + 1] - truth[2 * i + 1])).as("corner " + i)
                    .isLessThan(0.02 * Math.hypot(clipped.width(), clipped.height()));
        }
        assertThat(location.inliers()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void givenAPhotoOfClutterWithoutACard_locate_findsNothing() {
        BufferedImage face = TestCards.renderer().render(TestCards.catalogue().get(10));
        BufferedImage clutter = new BufferedImage(960, 720, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = clutter.createGraphics();
        Random random = new Random(9);
        for (int i = 0; i < 80; i++) {
            g.setColor(new java.awt.Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillRect(random.nextInt(960), random.nextInt(720), 10 + random.nextInt(200), 10 + random.nextInt(150));
            g.drawString("Lorem " + random.nextInt(1000), random.nextInt(960), random.nextInt(720));
        }
        g.dispose();
        Mat gray = new Mat();
        cvtColor(Mats.fromImage(clutter), gray, COLOR_BGR2GRAY);

        assertThat(OrbVerifier.locate(OrbVerifier.photoFeatures(gray), reference(face), face.getWidth(),
                face.getHeight(), 15)).isEmpty();
    }
}
