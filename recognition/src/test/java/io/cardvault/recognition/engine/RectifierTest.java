package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RectifierTest {

    @Test
    void givenACardLyingSideways_rectifyAtEachPlausibleRotation_onlyTheRightTurnRecoversTheFace() {
        BufferedImage face = TestCards.renderer().render(TestCards.catalogue().get(5));
        PhotoSettings sideways = new PhotoSettings(960, 720, 0, 1.0, 0.75, 0.75, 0, 5, 0, 0, 0, 0, 0, 95, 95);
        SyntheticPhoto photo = new PhotoSynthesizer(sideways)
                .generate(TestCards.renderer().render(TestCards.catalogue().get(5), 630, 880), new Random(3));
        Quad truth = new Quad(photo.faceCorners(), 0);
        int expected = Math.floorMod(-photo.quarterTurns() * 90, 360);
        long[] reference = DescriptorExtractor.extract(Mats.fromImage(face)).pHashCard();
        Mat decoded = Mats.decode(photo.jpeg());

        int bestRotation = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int rotation : new int[]{0, 90, 180, 270}) {
            Mat crop = Rectifier.rectify(decoded, truth, rotation);
            assertThat(crop.cols()).isEqualTo(CardLayout.CANONICAL_WIDTH);
            int distance = hamming(DescriptorExtractor.extract(crop).pHashCard(), reference);
            if (distance < bestDistance) {
                bestDistance = distance;
                bestRotation = rotation;
            }
        }

        assertThat(Rectifier.plausibleRotations(truth)).contains(expected);
        assertThat(bestRotation).isEqualTo(expected);
        assertThat(bestDistance).isLessThan(40);
    }

    @Test
    void givenAQuadRunningPastThePhotosLeftEdge_visibleMask_marksOnlyTheCropPixelsThePhotoShows() {
        Mat photo = Mats.fromImage(new BufferedImage(400, 300, BufferedImage.TYPE_3BYTE_BGR));
        // The left third of an upright card lies left of the photo.
        Quad clipped = new Quad(new double[]{-60, 20, 120, 20, 120, 272, -60, 272}, 0);
        Quad inside = new Quad(new double[]{60, 20, 240, 20, 240, 272, 60, 272}, 0);

        Mat mask = Rectifier.visibleMask(photo, clipped, 0).orElseThrow();

        assertThat(Rectifier.visibleMask(photo, inside, 0)).isEmpty();
        assertThat(mask.cols()).isEqualTo(CardLayout.CANONICAL_WIDTH);
        assertThat(mask.rows()).isEqualTo(CardLayout.CANONICAL_HEIGHT);
        org.bytedeco.javacpp.indexer.UByteIndexer pixels = mask.createIndexer();
        int seam = CardLayout.CANONICAL_WIDTH / 3;
        assertThat(pixels.get(220, seam - 10)).isZero();
        assertThat(pixels.get(220, seam + 10)).isEqualTo(255);
        assertThat(pixels.get(220, CardLayout.CANONICAL_WIDTH - 20)).isEqualTo(255);
        double seen = org.bytedeco.opencv.global.opencv_core.countNonZero(mask) / (double) mask.total();
        assertThat(seen).isBetween(0.55, 2.0 / 3);
    }

    @Test
    void givenATiltedQuadRunningPastThePhotosEdge_rectifyTurned_matchesAWarpAtEachOfTheTwoTurns() {
        SyntheticPhoto photo = new PhotoSynthesizer(PhotoSettings.phonePhotos())
                .generate(TestCards.renderer().render(TestCards.catalogue().get(7), 630, 880), new Random(11));
        Mat decoded = Mats.decode(photo.jpeg());
        Quad card = new Quad(photo.faceCorners(), 0);
        double[] xy = card.xy();
        // Pulled 40 px left: the outline runs past the photo's left edge wherever the card was.
        double left = Math.min(Math.min(xy[0], xy[2]), Math.min(xy[4], xy[6]));
        for (int i = 0; i < 8; i += 2) {
            xy[i] -= left + 40;
        }
        Quad clipped = new Quad(xy, 0);

        for (Quad quad : new Quad[]{card, clipped}) {
            for (int rotation : new int[]{0, 90}) {
                Rectifier.Turned crops = Rectifier.rectifyTurned(decoded, quad, rotation);
                assertThat(differingPixels(crops.crop(), Rectifier.rectify(decoded, quad, rotation))).isZero();
                // The warp rounds sampling positions to 1/32 pixel: a few may round the other way.
                Mat own = Rectifier.rectify(decoded, quad, rotation + 180);
                assertThat(differingPixels(crops.halfTurned(), own)).isLessThanOrEqualTo(own.total() * own.channels() / 1000);
                assertThat(largestDifference(crops.halfTurned(), own)).isLessThanOrEqualTo(8);
            }
        }
        for (int rotation : new int[]{0, 90}) {
            Rectifier.Turned masks = Rectifier.visibleMasksTurned(decoded, clipped, rotation).orElseThrow();
            assertThat(differingPixels(masks.crop(), Rectifier.visibleMask(decoded, clipped, rotation).orElseThrow())).isZero();
            assertThat(differingPixels(masks.halfTurned(),
                    Rectifier.visibleMask(decoded, clipped, rotation + 180).orElseThrow())).isZero();
            assertThat(org.bytedeco.opencv.global.opencv_core.countNonZero(masks.crop())).isPositive();
        }
        assertThat(card.insidePhoto(decoded.cols(), decoded.rows())).isTrue();
        assertThat(Rectifier.visibleMasksTurned(decoded, card, 0)).isEmpty();
    }

    /** Pixels (channel values) in which two matrices of one size and type differ. */
    private static long differingPixels(Mat a, Mat b) {
        assertThat(a.cols()).isEqualTo(b.cols());
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(a.type()).isEqualTo(b.type());
        byte[] pa = Mats.bytes(a);
        byte[] pb = Mats.bytes(b);
        long differing = 0;
        for (int i = 0; i < pa.length; i++) {
            differing += pa[i] != pb[i] ? 1 : 0;
        }
        return differing;
    }

    private static int largestDifference(Mat a, Mat b) {
        byte[] pa = Mats.bytes(a);
        byte[] pb = Mats.bytes(b);
        int largest = 0;
        for (int i = 0; i < pa.length; i++) {
            largest = Math.max(largest, Math.abs((pa[i] & 0xFF) - (pb[i] & 0xFF)));
        }
        return largest;
    }

    static int hamming(long[] a, long[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Long.bitCount(a[i] ^ b[i]);
        }
        return d;
    }
}
