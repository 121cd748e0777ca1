package io.cardvault.recognition.engine;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.DMatchVectorVector;
import org.bytedeco.opencv.opencv_core.KeyPointVector;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_features2d.BFMatcher;
import org.bytedeco.opencv.opencv_features2d.ORB;

import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_calib3d.RANSAC;
import static org.bytedeco.opencv.global.opencv_calib3d.findHomography;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.NORM_HAMMING;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;

/**
 * Local-feature verification: ORB keypoints of the photo crop matched to those of a rendered
 * reference (ratio test), then a RANSAC homography; the inlier count says whether the two show
 * the same picture. Both crops are canonical, so the homography must also be near the identity.
 */
public final class OrbVerifier {

    /** Keypoints and descriptors of one grey canonical crop. */
    public record Features(KeyPointVector keypoints, Mat descriptors) {
    }

    private static final ThreadLocal<ORB> ORB_DETECTOR =
            ThreadLocal.withInitial(() -> retained(ORB.create(600, 1.2f, 6, 15, 0, 2, ORB.HARRIS_SCORE, 15, 12)));
    private static final ThreadLocal<ORB> PHOTO_DETECTOR =
            ThreadLocal.withInitial(() -> retained(ORB.create(1500, 1.2f, 6, 15, 0, 2, ORB.HARRIS_SCORE, 15, 12)));
    private static final ThreadLocal<BFMatcher> MATCHER =
            ThreadLocal.withInitial(() -> retained(new BFMatcher(NORM_HAMMING, false)));

    private OrbVerifier() {
    }

    // Per-thread detectors outlive the PointerScope of the call that first created them.
    private static <P extends org.bytedeco.javacpp.Pointer> P retained(P pointer) {
        pointer.retainReference();
        return pointer;
    }

    public static Features features(Mat gray) {
        return features(gray, Optional.empty());
    }

    /** Features of the crop's pixels the mask marks (non-zero): a crop whose corner was filled in, not seen. */
    public static Features features(Mat gray, Optional<Mat> mask) {
        KeyPointVector keypoints = new KeyPointVector();
        Mat descriptors = new Mat();
        ORB_DETECTOR.get().detectAndCompute(gray, mask.orElseGet(Mat::new), keypoints, descriptors);
        return new Features(keypoints, descriptors);
    }

    /**
     * Features of a whole photo, in which the card is one part among others: more of them than for a
     * crop, so that the card still gets its share.
     */
    public static Features photoFeatures(Mat gray) {
        KeyPointVector keypoints = new KeyPointVector();
        Mat descriptors = new Mat();
        PHOTO_DETECTOR.get().detectAndCompute(gray, new Mat(), keypoints, descriptors);
        return new Features(keypoints, descriptors);
    }

    /** Where a reference face lies in a photo, as its corners in face order, and on how many matches that rests. */
    public record Location(double[] faceCorners, int inliers) {
        public Location {
            faceCorners = faceCorners.clone();
        }

        @Override
        public double[] faceCorners() {
            return faceCorners.clone();
        }
    }

    /**
     * Finds the reference face in a whole photo without any outline: matches anywhere (no
     * near-in-place condition), a RANSAC homography from the face to the photo, and the face's
     * corners mapped through it. Empty when too few matches agree on one homography.
     */
    public static Optional<Location> locate(Features photo, Features reference, int faceWidth, int faceHeight,
                                            int minInliers) {
        if (photo.descriptors().rows() < 8 || reference.descriptors().rows() < 8) {
            return Optional.empty();
        }
        Matches matches = matches(reference, photo, Double.POSITIVE_INFINITY);
        if (matches.count() < minInliers) {
            return Optional.empty();
        }
        Mat mask = new Mat();
        Mat h = homography(matches, 5.0, 1000, mask);
        if (h == null || h.empty()) {
            return Optional.empty();
        }
        int inliers = countNonZero(mask);
        if (inliers < minInliers) {
            return Optional.empty();
        }
        DoubleIndexer m = h.createIndexer();
        double[][] face = {{0, 0}, {faceWidth, 0}, {faceWidth, faceHeight}, {0, faceHeight}};
        double[] corners = new double[8];
        for (int i = 0; i < 4; i++) {
            double z = m.get(2, 0) * face[i][0] + m.get(2, 1) * face[i][1] + m.get(2, 2);
            if (z <= 1e-9) {
                // A face corner mapped behind the camera: not a view of a flat card.
                return Optional.empty();
            }
            corners[2 * i] = (m.get(0, 0) * face[i][0] + m.get(0, 1) * face[i][1] + m.get(0, 2)) / z;
            corners[2 * i + 1] = (m.get(1, 0) * face[i][0] + m.get(1, 1) * face[i][1] + m.get(1, 2)) / z;
        }
        return Optional.of(new Location(corners, inliers));
    }

    /** RANSAC inliers of a homography between the two crops whose matches stay near in place. */
    public static int inliers(Features photo, Features reference) {
        if (photo.descriptors().rows() < 8 || reference.descriptors().rows() < 8) {
            return 0;
        }
        // The crops are aligned: a match that jumps across the card is wrong whatever its descriptor says.
        Matches matches = matches(photo, reference, 40);
        if (matches.count() < 6) {
            return matches.count() / 2;
        }
        Mat mask = new Mat();
        Mat h = homography(matches, 4.0, 500, mask);
        if (h == null || h.empty()) {
            return 0;
        }
        return countNonZero(mask);
    }

    /** Matched point pairs: {@code count} points of the query features in {@code from}, their matches in {@code to}. */
    record Matches(float[] from, float[] to, int count) {
    }

    /**
     * The matches of {@code query}'s descriptors among {@code train}'s that pass the ratio test (best
     * clearly closer than the second best) and lie within {@code maxShift} pixels of their match.
     */
    static Matches matches(Features query, Features train, double maxShift) {
        DMatchVectorVector knn = new DMatchVectorVector();
        MATCHER.get().knnMatch(query.descriptors(), train.descriptors(), knn, 2);
        int n = 0;
        float[] from = new float[(int) knn.size() * 2];
        float[] to = new float[(int) knn.size() * 2];
        for (long i = 0; i < knn.size(); i++) {
            if (knn.get(i).size() < 2) {
                continue;
            }
            var best = knn.get(i).get(0);
            if (best.distance() < 0.8f * knn.get(i).get(1).distance()) {
                var q = query.keypoints().get(best.queryIdx()).pt();
                var t = train.keypoints().get(best.trainIdx()).pt();
                if (Math.hypot(q.x() - t.x(), q.y() - t.y()) > maxShift) {
                    continue;
                }
                from[2 * n] = q.x();
                from[2 * n + 1] = q.y();
                to[2 * n] = t.x();
                to[2 * n + 1] = t.y();
                n++;
            }
        }
        return new Matches(from, to, n);
    }

    /** RANSAC homography from the matches' query points to their train points; inliers marked in {@code mask}. */
    static Mat homography(Matches matches, double threshold, int iterations, Mat mask) {
        float[] src = matches.from();
        float[] dst = matches.to();
        int n = matches.count();
        Mat a = new Mat(n, 1, CV_32FC2);
        Mat b = new Mat(n, 1, CV_32FC2);
        FloatIndexer ai = a.createIndexer();
        FloatIndexer bi = b.createIndexer();
        for (int i = 0; i < n; i++) {
            ai.put(i, 0, 0, src[2 * i]);
            ai.put(i, 0, 1, src[2 * i + 1]);
            bi.put(i, 0, 0, dst[2 * i]);
            bi.put(i, 0, 1, dst[2 * i + 1]);
        }
        return findHomography(a, b, RANSAC, threshold, mask, iterations, 0.995);
    }
}
