package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CaptureQuality.GlareSeverity;
import io.cardvault.domain.recognition.CaptureQuality.Reliability;
import io.cardvault.domain.recognition.CaptureQuality.Verdict;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * Capture-quality report from measurable statistics of the rectified card, compared with the
 * matched reference face when there is one:
 * <ul>
 *   <li>blur: variance of the Laplacian, relative to the reference's (content-independent);
 *       absolute when no reference matched;</li>
 *   <li>glare: washed-out pixels (darkest channel far above the reference's there, at the
 *       photo's overall brightness), measured as the largest connected blob, since glare is one
 *       compact patch; without a reference, the largest clipped blob;</li>
 *   <li>colour reliability: the cast, as the spread of per-channel gains photo/reference
 *       (grey-world gains without a reference).</li>
 * </ul>
 * {@code fakeRisk} is a heuristic (disagreement with the reference on a good capture); there is
 * no counterfeit data here to calibrate it.
 */
public final class CaptureQualityAnalyzer {

    /** Variance of the Laplacian over the reference's below which a crop counts as blurred. */
    static final double BLUR_RATIO = 0.20;
    /** Absolute Laplacian variance threshold used without a reference. */
    static final double BLUR_ABSOLUTE = 120;

    private CaptureQualityAnalyzer() {
    }

    /**
     * @param crop         canonical BGR crop of the photo
     * @param reference    canonical BGR reference face of the best candidate, if any
     * @param outlineFound whether a card outline was found (else the crop is a guess)
     * @param agreement    how well the best candidate matched, in [0, 1]
     */
    public static CaptureQuality analyse(Mat crop, Optional<Mat> reference, boolean outlineFound, double agreement) {
        double blurVariance = laplacianVariance(crop);
        double sharpness;
        if (reference.isPresent()) {
            double ratio = blurVariance / Math.max(1e-6, laplacianVariance(reference.get()));
            sharpness = Math.min(1, ratio / (2 * BLUR_RATIO));
        } else {
            sharpness = Math.min(1, blurVariance / (2 * BLUR_ABSOLUTE));
        }
        boolean blurred = sharpness < 0.5;

        double glareShare = glareBlobShare(crop, reference);
        GlareSeverity glare = glareShare < 0.004 ? GlareSeverity.NONE
                : glareShare < 0.03 ? GlareSeverity.MILD : GlareSeverity.SEVERE;

        double cast = colourCast(crop, reference);
        Reliability colour = cast < 0.10 ? Reliability.HIGH : cast < 0.22 ? Reliability.MEDIUM : Reliability.LOW;

        double overall = (outlineFound ? 1.0 : 0.5)
                * (0.4 + 0.6 * sharpness)
                * (glare == GlareSeverity.NONE ? 1.0 : glare == GlareSeverity.MILD ? 0.85 : 0.6)
                * (colour == Reliability.HIGH ? 1.0 : colour == Reliability.MEDIUM ? 0.9 : 0.75);
        overall = Math.max(0, Math.min(1, overall));
        Verdict verdict;
        double fakeRisk;
        if (overall < 0.45 || reference.isEmpty()) {
            verdict = Verdict.INCONCLUSIVE;
            fakeRisk = 0.5;
        } else {
            fakeRisk = Math.max(0, Math.min(1, 1 - agreement));
            verdict = agreement >= 0.5 ? Verdict.LIKELY_REAL : Verdict.SUSPICIOUS;
        }
        return new CaptureQuality(overall, colour, glare, blurVariance, blurred, verdict, fakeRisk);
    }

    static double laplacianVariance(Mat bgr) {
        Mat gray = new Mat();
        cvtColor(bgr, gray, COLOR_BGR2GRAY);
        Mat laplacian = new Mat();
        Laplacian(gray, laplacian, CV_64F);
        Mat mean = new Mat();
        Mat std = new Mat();
        meanStdDev(laplacian, mean, std);
        double s = ((org.bytedeco.javacpp.indexer.DoubleIndexer) std.createIndexer()).get(0);
        return s * s;
    }

    static double glareBlobShare(Mat crop, Optional<Mat> reference) {
        byte[] p = Mats.bytes(crop);
        byte[] r = reference.map(Mats::bytes).orElse(null);
        int n = crop.rows() * crop.cols();
        double gain = 1;
        if (r != null) {
            double photoSum = 0;
            double referenceSum = 0;
            for (int i = 0; i < p.length; i++) {
                photoSum += p[i] & 0xFF;
                referenceSum += r[i] & 0xFF;
            }
            gain = photoSum / Math.max(1, referenceSum);
        }
        byte[] mask = new byte[n];
        for (int i = 0; i < n; i++) {
            int photoMin = Math.min(p[3 * i] & 0xFF, Math.min(p[3 * i + 1] & 0xFF, p[3 * i + 2] & 0xFF));
            if (r == null) {
                if (photoMin >= 245) {
                    mask[i] = (byte) 255;
                }
                continue;
            }
            int referenceMin = Math.min(r[3 * i] & 0xFF, Math.min(r[3 * i + 1] & 0xFF, r[3 * i + 2] & 0xFF));
            // Glare washes colour out towards white: the darkest channel rises well above what the
            // reference, at the photo's overall brightness, has there.
            if (photoMin >= 200 && photoMin - gain * referenceMin > 35) {
                mask[i] = (byte) 255;
            }
        }
        Mat clipped = new Mat(crop.rows(), crop.cols(), CV_8UC1);
        clipped.data().put(mask);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = connectedComponentsWithStats(clipped, labels, stats, centroids, 8, CV_32S);
        int largest = 0;
        org.bytedeco.javacpp.indexer.IntIndexer s = stats.createIndexer();
        for (int label = 1; label < count; label++) {
            largest = Math.max(largest, s.get(label, 4));
        }
        return largest / (double) n;
    }

    static double colourCast(Mat crop, Optional<Mat> reference) {
        double[] photo = channelMeans(crop);
        double[] expected = reference.map(CaptureQualityAnalyzer::channelMeans).orElse(null);
        double[] gain = new double[3];
        for (int c = 0; c < 3; c++) {
            double target = expected == null ? (photo[0] + photo[1] + photo[2]) / 3 : expected[c];
            gain[c] = Math.log(Math.max(1, photo[c]) / Math.max(1, target));
        }
        double mean = (gain[0] + gain[1] + gain[2]) / 3;
        double spread = 0;
        for (int c = 0; c < 3; c++) {
            spread = Math.max(spread, Math.abs(gain[c] - mean));
        }
        return spread;
    }

    private static double[] channelMeans(Mat bgr) {
        byte[] p = Mats.bytes(bgr);
        double[] sum = new double[3];
        for (int i = 0; i < p.length; i++) {
            sum[i % 3] += p[i] & 0xFF;
        }
        int n = p.length / 3;
        return new double[]{sum[0] / n, sum[1] / n, sum[2] / n};
    }
}
