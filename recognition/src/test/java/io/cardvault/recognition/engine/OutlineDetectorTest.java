package io.cardvault.recognition.engine;

import io.cardvault.recognition.synth.CaptureCondition;
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

    private static SyntheticPhoto tiltedPhoto(int card, double tilt, long seed) {
        PhotoSettings settings = new PhotoSettings(960, 720, tilt, 0, 0.75, 0.8, 0.02, 20, 0, 0.5, 0, 0.05, 2, 85, 85);
        SyntheticPhoto photo = null;
        // A draw tilted at least half the range, so that a cut at the side takes a corner's triangle.
        for (long s = seed; photo == null || Math.abs(photo.tiltDegrees()) < tilt / 2; s++) {
            photo = new PhotoSynthesizer(settings)
                    .generate(TestCards.renderer().render(TestCards.catalogue().get(card), 630, 880), new Random(s));
        }
        return photo;
    }

    private static double bestCornerError(ClippedPhotos.Clipped clipped) {
        List<Quad> quads = new OutlineDetector(4).detect(Mats.decode(clipped.jpeg()));
        Quad truth = new Quad(clipped.faceCorners(), 0);
        return quads.stream().mapToDouble(q -> q.maxCornerDistance(truth)).min().orElse(Double.MAX_VALUE);
    }

    @Test
    void givenATiltedCardWithACornerOutsideThePhoto_detect_completesTheOutlineBeyondThePhotosEdge() {
        for (String side : List.of("left", "right", "top", "bottom")) {
            ClippedPhotos.Clipped clipped = ClippedPhotos.clip(tiltedPhoto(7, 24, 31), side, 0.04);
            Quad truth = new Quad(clipped.faceCorners(), 0);
            assertThat(truth.insidePhoto(clipped.width(), clipped.height())).isFalse();

            assertThat(bestCornerError(clipped)).as(side)
                    .isLessThan(0.02 * Math.hypot(clipped.width(), clipped.height()));
        }
    }

    @Test
    void givenAnUprightCardWithAStripAlongOneSideOutsideThePhoto_detect_completesTheMissingSideFromTheProportions() {
        PhotoSettings upright = new PhotoSettings(960, 720, 3, 0, 0.75, 0.8, 0.01, 20, 0, 0.5, 0, 0.05, 2, 85, 85);
        for (String side : List.of("left", "bottom")) {
            SyntheticPhoto photo = new PhotoSynthesizer(upright)
                    .generate(TestCards.renderer().render(TestCards.catalogue().get(12), 630, 880), new Random(5));
            ClippedPhotos.Clipped clipped = ClippedPhotos.clip(photo, side, 0.04);

            assertThat(bestCornerError(clipped)).as(side)
                    .isLessThan(0.03 * Math.hypot(clipped.width(), clipped.height()));
        }
    }

    @Test
    void givenAHullThatFollowsThePhotosEdgePastTwoCorners_completeSides_putsEachCornerWhereItsTwoSidesMeet() {
        // A tilted card in a 640 x 480 photo with its bottom-right corner below the photo and its
        // bottom-left one left of it: the hull runs along the bottom and the left edge there.
        Quad card = new Quad(new double[]{60, 40, 360, 80, 320, 500, -20, 460}, 0);
        double[][] hull = {{60, 40}, {360, 80}, {322, 479}, {141.5, 479}, {0, 462.353}, {0, 355}};

        List<Quad> completed = OutlineDetector.completeSides(hull, 640, 480);

        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).maxCornerDistance(card)).isLessThan(0.5);
    }

    @Test
    void givenAHullWithOneSideAlongThePhotosEdge_completeSides_addsTheMissingSideAtTheCardsProportions() {
        Quad card = new Quad(new double[]{-30, 30, 270, 30, 270, 450, -30, 450}, 0);
        double[][] hull = {{0, 30}, {270, 30}, {270, 450}, {0, 450}};

        List<Quad> completed = OutlineDetector.completeSides(hull, 640, 480);

        // The other reading (the side seen whole being the short one) would leave most of the card outside.
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).maxCornerDistance(card)).isLessThan(1.5);
    }

    @Test
    void givenAHullOfFourSidesMeetingAtTheirCorners_completeSides_addsNothing() {
        double[][] hull = {{100, 40}, {400, 40}, {400, 460}, {100, 460}};

        assertThat(OutlineDetector.completeSides(hull, 640, 480)).isEmpty();
    }

    @Test
    void givenAnOutlineAFewPixelsOutsideATiltedCard_refined_snapsEachSideBackOntoTheCardsEdge() {
        PhotoSettings settings = new PhotoSettings(960, 720, 20, 0, 0.7, 0.8, 0.04, 30, 0, 0.5, 0, 0.05, 2, 85, 85);
        SyntheticPhoto photo = new PhotoSynthesizer(settings)
                .generate(TestCards.renderer().render(TestCards.catalogue().get(5), 630, 880), new Random(17));
        Mat bgr = Mats.decode(photo.jpeg());
        org.bytedeco.opencv.opencv_core.MatVector channels = new org.bytedeco.opencv.opencv_core.MatVector();
        org.bytedeco.opencv.global.opencv_core.split(bgr, channels);
        for (long c = 0; c < channels.size(); c++) {
            org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur(channels.get(c), channels.get(c),
                    new org.bytedeco.opencv.opencv_core.Size(5, 5), 0);
        }
        Quad truth = new Quad(photo.faceCorners(), 0);
        OutlineDetector.Gradients gradients = OutlineDetector.Gradients.of(channels);
        // Every corner 3 % further from the centre or nearer to it: about 8 px off, as an outline
        // extrapolated from the art box is; inside, the border's inner edge must not hold it.
        for (double factor : new double[]{1.03, 0.97}) {
            Quad off = scaledAboutCentre(truth, factor);

            Quad snapped = gradients.refined(off);

            assertThat(off.maxCornerDistance(truth)).isGreaterThan(6);
            assertThat(snapped.maxCornerDistance(truth)).as("factor %s", factor).isLessThan(3);
        }
    }

    private static Quad scaledAboutCentre(Quad quad, double factor) {
        double cx = (quad.x(0) + quad.x(1) + quad.x(2) + quad.x(3)) / 4;
        double cy = (quad.y(0) + quad.y(1) + quad.y(2) + quad.y(3)) / 4;
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            xy[2 * i] = cx + factor * (quad.x(i) - cx);
            xy[2 * i + 1] = cy + factor * (quad.y(i) - cy);
        }
        return new Quad(xy, 1);
    }

    @Test
    void givenQuadsAlongThePhotosEdge_sidesAlongFrame_countsTheSidesLyingOnIt() {
        Quad corner = new Quad(new double[]{0, 300, 200, 300, 200, 479, 0, 479}, 0);
        Quad strip = new Quad(new double[]{0, 40, 300, 40, 300, 440, 0, 440}, 0);
        Quad inside = new Quad(new double[]{100, 40, 400, 40, 400, 460, 100, 460}, 0);

        assertThat(OutlineDetector.sidesAlongFrame(corner, 640, 480)).isEqualTo(2);
        assertThat(OutlineDetector.sidesAlongFrame(strip, 640, 480)).isEqualTo(1);
        assertThat(OutlineDetector.sidesAlongFrame(inside, 640, 480)).isZero();
    }

    @Test
    void givenACardRunningPastThePhotosEdgeOnABackgroundOfItsBorderColour_detect_completesItFromItsEdges() {
        // Yellow on yellow: the border's colour mask runs into the background, so only the edge maps,
        // closed along the photo's edge, outline the card.
        Mat photo = new Mat(480, 640, org.bytedeco.opencv.global.opencv_core.CV_8UC3,
                new org.bytedeco.opencv.opencv_core.Scalar(70, 205, 240, 0));
        Mat face = Mats.fromImage(TestCards.renderer().render(TestCards.catalogue().get(2), 630, 880));
        // Tilted 15 degrees, the top-left corner 20 px above the photo.
        double angle = Math.toRadians(15);
        double[][] local = {{0, 0}, {252, 0}, {252, 352}, {0, 352}};
        double[] corners = new double[8];
        for (int i = 0; i < 4; i++) {
            corners[2 * i] = 200 + local[i][0] * Math.cos(angle) - local[i][1] * Math.sin(angle);
            corners[2 * i + 1] = -20 + local[i][0] * Math.sin(angle) + local[i][1] * Math.cos(angle);
        }
        Mat src = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        Mat dst = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        org.bytedeco.javacpp.indexer.FloatIndexer s = src.createIndexer();
        org.bytedeco.javacpp.indexer.FloatIndexer d = dst.createIndexer();
        for (int i = 0; i < 4; i++) {
            s.put(i, 0, 0, (float) (local[i][0] == 0 ? 0 : 630));
            s.put(i, 0, 1, (float) (local[i][1] == 0 ? 0 : 880));
            d.put(i, 0, 0, (float) corners[2 * i]);
            d.put(i, 0, 1, (float) corners[2 * i + 1]);
        }
        org.bytedeco.opencv.global.opencv_imgproc.warpPerspective(face, photo,
                org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform(src, dst),
                new org.bytedeco.opencv.opencv_core.Size(640, 480), org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR,
                org.bytedeco.opencv.global.opencv_core.BORDER_TRANSPARENT, new org.bytedeco.opencv.opencv_core.Scalar(0));
        Quad truth = new Quad(corners, 0);

        List<Quad> quads = new OutlineDetector(4).detect(photo);

        double best = quads.stream().mapToDouble(q -> q.maxCornerDistance(truth)).min().orElse(Double.MAX_VALUE);
        assertThat(best).isLessThan(0.015 * Math.hypot(640, 480));
    }

    @Test
    void givenDarkPhotosWithSensorNoise_detect_outlinesTheCardInNearlyAllOfThem() {
        // Underexposed to a mean grey of 40-70 with noise of sigma 8-14 on top of the phone-photo
        // base: the card's edges are steps a third of their size, the grain is not.
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
        int photos = 16;
        int outlined = 0;
        for (int seed = 0; seed < photos; seed++) {
            SyntheticPhoto photo = synthesizer.generate(TestCards.renderer().render(
                    TestCards.catalogue().get(seed % TestCards.catalogue().size()), 630, 880), new Random(seed), CaptureCondition.LOW_LIGHT);
            Quad truth = new Quad(photo.faceCorners(), 0);
            List<Quad> quads = new OutlineDetector(4).detect(Mats.decode(photo.jpeg()));
            if (quads.stream().anyMatch(q -> q.maxCornerDistance(truth) < 0.015 * Math.hypot(960, 720))) {
                outlined++;
            }
        }
        // The fixed thresholds outlined 12 of these 16 cards; 15 with the exposure taken into account.
        assertThat(outlined).isGreaterThanOrEqualTo(14);
    }

    @Test
    void givenANormallyLitPhoto_edgeExposure_searchesItsEdgesAsBefore() {
        Mat gray = greyWithBrightShare(200, 0.2);

        OutlineDetector.EdgeExposure exposure = OutlineDetector.EdgeExposure.of(gray);

        assertThat(exposure.gain()).isEqualTo(1.0);
        assertThat(exposure.blur().width()).isEqualTo(5);
    }

    @Test
    void givenAnUnderexposedPhoto_edgeExposure_lowersTheThresholdsByItsExposureAndBlursMore() {
        OutlineDetector.EdgeExposure dim = OutlineDetector.EdgeExposure.of(greyWithBrightShare(100, 0.2));
        OutlineDetector.EdgeExposure dark = OutlineDetector.EdgeExposure.of(greyWithBrightShare(40, 0.2));

        assertThat(dim.gain()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(dim.blur().width()).isEqualTo(7);
        // Capped: lower thresholds would outline the grain of the darkest photos.
        assertThat(dark.gain()).isEqualTo(OutlineDetector.EdgeExposure.MAX_GAIN);
    }

    @Test
    void givenAPhotoWithATenthOfItsPixelsBright_brightLevel_isTheirGreyLevel() {
        assertThat(OutlineDetector.EdgeExposure.brightLevel(greyWithBrightShare(180, 0.1))).isEqualTo(180);
        assertThat(OutlineDetector.EdgeExposure.brightLevel(greyWithBrightShare(180, 0.05))).isEqualTo(20);
    }

    /** A grey image at level 20 whose top {@code share} of rows lie at {@code bright}. */
    private static Mat greyWithBrightShare(int bright, double share) {
        Mat gray = new Mat(200, 100, org.bytedeco.opencv.global.opencv_core.CV_8UC1,
                new org.bytedeco.opencv.opencv_core.Scalar(20));
        int rows = (int) Math.round(share * gray.rows());
        new Mat(gray, new org.bytedeco.opencv.opencv_core.Rect(0, 0, gray.cols(), rows))
                .put(new org.bytedeco.opencv.opencv_core.Scalar(bright));
        return gray;
    }
}
