package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CaptureAdvice;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CaptureQuality.GlareSeverity;
import io.cardvault.domain.recognition.CaptureQuality.Reliability;
import io.cardvault.domain.recognition.CaptureQuality.Verdict;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.ArrayList;
import java.util.List;
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
 *       (grey-world gains without a reference);</li>
 *   <li>advice for a better capture: the card cut off at a side (a corner of the outline outside the
 *       photo or within {@value #EDGE_MARGIN} of its size from an edge), too far (the outline covers
 *       less than {@value #TOO_FAR_SHARE} of the photo), too dark (the crop's mean luminance under
 *       {@value #DARK_LUMINANCE} grey levels, or under {@value #DARK_RATIO} of the reference's), glare
 *       (any glare severity but none) and blur (the blur measure above).</li>
 * </ul>
 * {@code fakeRisk} is a heuristic (disagreement with the reference on a good capture); there is
 * no counterfeit data here to calibrate it.
 */
public final class CaptureQualityAnalyzer {

    /** Variance of the Laplacian over the reference's below which a crop counts as blurred. */
    static final double BLUR_RATIO = 0.20;
    /** Absolute Laplacian variance threshold used without a reference. */
    static final double BLUR_ABSOLUTE = 120;
    /**
     * Share of the photo's width (height) from the left or right (top or bottom) edge within which
     * an outline corner counts as cut off: the detector's contour stops at the photo's edge, so a
     * card running past it has its corners on the edge, not beyond.
     */
    static final double EDGE_MARGIN = 0.01;
    /**
     * Share of the photo's area under which the card is too far: at 0.08 a card in a 4:3 frame is
     * under 40 % of its height, and in the engine's 1024-pixel working photo smaller than the
     * canonical crop it is compared at.
     */
    static final double TOO_FAR_SHARE = 0.08;
    /** Darkest channel from which a pixel may belong to a highlight, without a reference. */
    static final int SOFT_GLARE_WHITE = 215;
    /**
     * Mean change of the darkest channel over four pixels across a near-white blob's rim under which
     * the rim is soft (a highlight, not print), without a reference.
     */
    static final double SOFT_RIM_GRADIENT = 30;
    /** How much softer than the median of the other white blobs' rims a highlight's rim is. */
    static final double SOFTER_THAN_PRINT = 0.6;
    /** Share of the crop above which a soft white blob is taken for a printed panel, not a highlight. */
    static final double SOFT_GLARE_LARGEST = 0.2;
    /** Share of the crop from which a blob counts as glare (the mild severity's lower bound). */
    static final double GLARE_NOTICED = 0.004;
    /** Mean grey level of the crop under which the card is too dark, without a reference. */
    static final double DARK_LUMINANCE = 60;
    /** Mean grey level of the crop over the reference's under which the card is too dark. */
    static final double DARK_RATIO = 0.45;

    private CaptureQualityAnalyzer() {
    }

    /**
     * The report on a recognition's capture.
     *
     * @param photo     the photo the outline was found in (its size is what counts)
     * @param outline   the card's outline in that photo; empty when none was found (the crop is then a guess)
     * @param crop      canonical BGR crop of the photo
     * @param reference canonical BGR reference face of the best candidate, if any
     * @param agreement how well the best candidate matched, in [0, 1]
     */
    public static CaptureQuality analyse(Mat photo, Optional<Quad> outline, Mat crop, Optional<Mat> reference,
                                         double agreement) {
        boolean outlineFound = outline.isPresent();
        double blurVariance = laplacianVariance(crop);
        double sharpness;
        if (reference.isPresent()) {
            double ratio = blurVariance / Math.max(1e-6, laplacianVariance(reference.get()));
            sharpness = Math.min(1, ratio / (2 * BLUR_RATIO));
        } else {
            sharpness = Math.min(1, blurVariance / (2 * BLUR_ABSOLUTE));
        }
        boolean blurred = sharpness < 0.5;

        GlareSeverity glare = glareSeverity(glareBlobShare(crop, reference));

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
        List<CaptureAdvice> advice = advice(photo, outline, darkness(crop, reference), glare, blurred);
        return new CaptureQuality(overall, colour, glare, blurVariance, blurred, verdict, fakeRisk, advice);
    }

    /**
     * The advice on a camera preview's frame, where no reference is known: from the outline when one
     * was found and its crop, else from the whole frame's brightness only (what is cut off, too far,
     * blurred or glared cannot be told without the card).
     */
    public static List<CaptureAdvice> advise(Mat photo, Optional<Quad> outline) {
        if (outline.isEmpty()) {
            return advice(photo, outline, darkness(photo, Optional.empty()), GlareSeverity.NONE, false);
        }
        Quad quad = outline.get();
        Mat crop = Rectifier.rectify(photo, quad, Rectifier.plausibleRotations(quad).get(0));
        boolean blurred = laplacianVariance(crop) < BLUR_ABSOLUTE;
        return advice(photo, outline, darkness(crop, Optional.empty()), glareSeverity(glareBlobShare(crop, Optional.empty())),
                blurred);
    }

    /**
     * Most pressing first: a card that is not all there, then one too small, then what spoils the
     * pixels. Blur is not advised on a dark card (see below).
     */
    private static List<CaptureAdvice> advice(Mat photo, Optional<Quad> outline, boolean dark, GlareSeverity glare,
                                              boolean blurred) {
        List<CaptureAdvice> advice = new ArrayList<>();
        outline.ifPresent(quad -> {
            cutOffSides(quad, photo.cols(), photo.rows()).forEach(side -> advice.add(CaptureAdvice.cutOff(side)));
            if (quad.area() < TOO_FAR_SHARE * photo.cols() * photo.rows()) {
                advice.add(CaptureAdvice.of(CaptureAdvice.Code.TOO_FAR));
            }
        });
        if (dark) {
            advice.add(CaptureAdvice.of(CaptureAdvice.Code.TOO_DARK));
        }
        if (glare != GlareSeverity.NONE) {
            advice.add(CaptureAdvice.of(CaptureAdvice.Code.GLARE));
        }
        if (blurred && !dark) {
            // Dimming a crop shrinks its Laplacian as much as defocus does: light is the fix to ask for first.
            advice.add(CaptureAdvice.of(CaptureAdvice.Code.BLURRED));
        }
        return advice;
    }

    /** The photo edges the outline touches or crosses, in the order left, right, top, bottom. */
    static List<CaptureAdvice.Side> cutOffSides(Quad quad, int width, int height) {
        double mx = EDGE_MARGIN * width;
        double my = EDGE_MARGIN * height;
        boolean left = false;
        boolean right = false;
        boolean top = false;
        boolean bottom = false;
        for (int i = 0; i < 4; i++) {
            left |= quad.x(i) <= mx;
            right |= quad.x(i) >= width - 1 - mx;
            top |= quad.y(i) <= my;
            bottom |= quad.y(i) >= height - 1 - my;
        }
        List<CaptureAdvice.Side> sides = new ArrayList<>();
        if (left) {
            sides.add(CaptureAdvice.Side.LEFT);
        }
        if (right) {
            sides.add(CaptureAdvice.Side.RIGHT);
        }
        if (top) {
            sides.add(CaptureAdvice.Side.TOP);
        }
        if (bottom) {
            sides.add(CaptureAdvice.Side.BOTTOM);
        }
        return sides;
    }

    /** Whether the crop is too dark: by its mean grey level, relative to the reference's when there is one. */
    static boolean darkness(Mat crop, Optional<Mat> reference) {
        double luminance = meanLuminance(crop);
        return reference.map(r -> luminance < DARK_RATIO * meanLuminance(r)).orElse(luminance < DARK_LUMINANCE);
    }

    static double meanLuminance(Mat bgr) {
        double[] means = channelMeans(bgr);
        // Rec. 601 weights on B, G, R: what cvtColor's BGR2GRAY computes per pixel, here on the means
        return 0.114 * means[0] + 0.587 * means[1] + 0.299 * means[2];
    }

    private static GlareSeverity glareSeverity(double share) {
        return share < GLARE_NOTICED ? GlareSeverity.NONE : share < 0.03 ? GlareSeverity.MILD : GlareSeverity.SEVERE;
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
        if (reference.isEmpty()) {
            return softBlobShare(crop);
        }
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

    /**
     * Glare without a reference: the largest near-white blob whose rim is soft. Printed white (a
     * text box, a trainer card's panel) ends at a printed edge; a specular highlight fades out over
     * many pixels, so the whiteness changes little across its rim. Soft means under an absolute
     * bound and well under the median rim of the other white blobs (a blurred photo softens every
     * rim); a blob over a fifth of the card is taken for a printed panel. On 64 synthesised phone
     * photos (16 cards) it hinted 12 of 27 glares and 1 of 37 photos without glare from 640-pixel
     * frames and their detected outlines: it errs towards silence.
     */
    static double softBlobShare(Mat crop) {
        byte[] p = Mats.bytes(crop);
        int w = crop.cols();
        int h = crop.rows();
        int n = w * h;
        int[] white = new int[n];
        byte[] mask = new byte[n];
        for (int i = 0; i < n; i++) {
            white[i] = Math.min(p[3 * i] & 0xFF, Math.min(p[3 * i + 1] & 0xFF, p[3 * i + 2] & 0xFF));
            if (white[i] >= SOFT_GLARE_WHITE) {
                mask[i] = (byte) 255;
            }
        }
        Mat clipped = new Mat(h, w, CV_8UC1);
        clipped.data().put(mask);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = connectedComponentsWithStats(clipped, labels, stats, centroids, 4, CV_32S);
        int[] label = new int[n];
        new org.bytedeco.javacpp.IntPointer(labels.data()).get(label);
        double[] rimGradient = new double[count];
        int[] rimPixels = new int[count];
        for (int y = 2; y < h - 2; y++) {
            for (int x = 2; x < w - 2; x++) {
                int i = y * w + x;
                int l = label[i];
                if (l == 0 || label[i - 1] == l && label[i + 1] == l && label[i - w] == l && label[i + w] == l) {
                    continue;
                }
                rimGradient[l] += Math.abs(white[i + 2] - white[i - 2]) + Math.abs(white[i + 2 * w] - white[i - 2 * w]);
                rimPixels[l]++;
            }
        }
        org.bytedeco.javacpp.indexer.IntIndexer s = stats.createIndexer();
        List<Integer> blobs = new ArrayList<>();
        for (int l = 1; l < count; l++) {
            if (rimPixels[l] > 0 && s.get(l, 4) >= GLARE_NOTICED * n) {
                blobs.add(l);
            }
        }
        int largest = 0;
        for (int l : blobs) {
            double rim = rimGradient[l] / rimPixels[l];
            // the print's own white areas, as sharp as this photo shows print: a blurred photo softens every rim
            double[] others = blobs.stream().filter(o -> o != l).mapToDouble(o -> rimGradient[o] / rimPixels[o]).sorted().toArray();
            boolean softerThanPrint = others.length == 0 || rim < SOFTER_THAN_PRINT * others[others.length / 2];
            if (rim < SOFT_RIM_GRADIENT && softerThanPrint && s.get(l, 4) <= SOFT_GLARE_LARGEST * n) {
                largest = Math.max(largest, s.get(l, 4));
            }
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
