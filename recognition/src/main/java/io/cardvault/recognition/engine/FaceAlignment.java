package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_core.countNonZero;

/**
 * Re-rectifies a photo on the face ORB matched: the homography between the crop's keypoints and
 * the reference face's, composed with the outline's warp, maps the photo onto the face's own
 * frame. An outline a few percent off (a corner under a thumb or past the photo's edge, a
 * sleeve's edge) slides the bottom strip out of the regions the reader and the text comparisons
 * look at, while the matched artwork, border and text still pin the face down: through the
 * face's homography the strip lands where the face prints it.
 */
final class FaceAlignment {

    /** Matches agreeing on the homography below which the outline's own warp is kept. */
    static final int MIN_INLIERS = 20;
    /** How far (canonical pixels) a match may lie from its keypoint's place: outlines are off by tens of pixels. */
    private static final double MAX_SHIFT = 60;
    private static final double RANSAC_THRESHOLD = 3.0;
    /** The largest move of a face corner the alignment may make (canonical pixels): more is not a correction. */
    private static final double MAX_CORNER_MOVE = 70;

    private FaceAlignment() {
    }

    /**
     * The canonical crop of the photo aligned on the face whose features are given, or empty when
     * too few matches agree or the correction is implausibly large.
     *
     * @param crop the crop's features (in the outline's canonical frame)
     * @param face the reference face's features (canonical)
     */
    static Optional<Mat> aligned(Mat photo, Quad quad, int rotation, OrbVerifier.Features crop, OrbVerifier.Features face) {
        Mat photoToFace = Rectifier.toCanonical(quad, rotation);
        OrbVerifier.Features current = crop;
        boolean corrected = false;
        for (int pass = 0; pass < PASSES; pass++) {
            Optional<Mat> step = cropToFace(current, face);
            if (step.isEmpty()) {
                break;
            }
            Mat composed = new Mat();
            org.bytedeco.opencv.global.opencv_core.gemm(step.get(), photoToFace, 1, new Mat(), 0, composed);
            photoToFace = composed;
            corrected = true;
            if (pass + 1 < PASSES) {
                // Fitted on matches the outline's warp let through, one homography corrects only part of
                // a large error; matching again on the corrected crop finds the rest.
                current = OrbVerifier.features(gray(Rectifier.warpedToCanonical(photo, photoToFace)));
            }
        }
        return corrected ? Optional.of(Rectifier.warpedToCanonical(photo, photoToFace)) : Optional.empty();
    }

    /** Homographies fitted one after the other, each on the crop the previous ones corrected. */
    private static final int PASSES = 3;

    private static Mat gray(Mat bgr) {
        Mat gray = new Mat();
        org.bytedeco.opencv.global.opencv_imgproc.cvtColor(bgr, gray, org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY);
        return gray;
    }

    /** The homography from the crop's frame to the face's, when enough matches agree and it stays a correction. */
    static Optional<Mat> cropToFace(OrbVerifier.Features crop, OrbVerifier.Features face) {
        if (crop.descriptors().rows() < MIN_INLIERS || face.descriptors().rows() < MIN_INLIERS) {
            return Optional.empty();
        }
        OrbVerifier.Matches matches = OrbVerifier.matches(crop, face, MAX_SHIFT);
        if (matches.count() < MIN_INLIERS) {
            return Optional.empty();
        }
        Mat mask = new Mat();
        Mat h = OrbVerifier.homography(matches, RANSAC_THRESHOLD, 1000, mask);
        if (h == null || h.empty() || countNonZero(mask) < MIN_INLIERS || !smallCorrection(h)) {
            return Optional.empty();
        }
        return Optional.of(h);
    }

    /** Whether the homography moves no corner of the canonical frame by more than {@link #MAX_CORNER_MOVE}. */
    private static boolean smallCorrection(Mat h) {
        DoubleIndexer m = h.createIndexer();
        int w = CardLayout.CANONICAL_WIDTH;
        int hh = CardLayout.CANONICAL_HEIGHT;
        double[][] corners = {{0, 0}, {w, 0}, {w, hh}, {0, hh}};
        for (double[] c : corners) {
            double z = m.get(2, 0) * c[0] + m.get(2, 1) * c[1] + m.get(2, 2);
            if (z <= 1e-9) {
                return false;
            }
            double x = (m.get(0, 0) * c[0] + m.get(0, 1) * c[1] + m.get(0, 2)) / z;
            double y = (m.get(1, 0) * c[0] + m.get(1, 1) * c[1] + m.get(1, 2)) / z;
            if (Math.hypot(x - c[0], y - c[1]) > MAX_CORNER_MOVE) {
                return false;
            }
        }
        return true;
    }
}
