package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import java.awt.Rectangle;

import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_core.minMaxLoc;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.TM_CCOEFF_NORMED;
import static org.bytedeco.opencv.global.opencv_imgproc.matchTemplate;

/**
 * Compares a text region (name, set code, collector number) of the photo crop with the same
 * region of a candidate's reference face by normalised cross-correlation, allowing the few
 * pixels of shift a rectification leaves. This is a visual comparison against the known
 * reference, not OCR: it confirms or refutes a candidate's text but cannot read unknown text.
 */
public final class TextRegions {

    private static final int SLACK = 6;

    private TextRegions() {
    }

    /** Best correlation in [0, 1] (negative correlations count as 0). */
    public static double compare(Mat photoGray, Mat referenceGray, CardLayout region) {
        return compare(photoGray, referenceGray, region.in(photoGray.cols(), photoGray.rows()));
    }

    /** As {@link #compare(Mat, Mat, CardLayout)}, for a region in pixels (where the candidate's game prints it). */
    public static double compare(Mat photoGray, Mat referenceGray, Rectangle r) {
        return compareIn(searchArea(photoGray, r), referenceGray, r);
    }

    /**
     * The part of the photo crop searched for region {@code r} (the region and its slack), blurred:
     * the same for every reference compared at {@code r}, so a caller comparing many keeps it.
     */
    public static Mat searchArea(Mat photoGray, Rectangle r) {
        int x0 = Math.max(0, r.x - SLACK);
        int y0 = Math.max(0, r.y - SLACK);
        int x1 = Math.min(photoGray.cols(), r.x + r.width + SLACK);
        int y1 = Math.min(photoGray.rows(), r.y + r.height + SLACK);
        Mat search = new Mat(photoGray, new Rect(x0, y0, x1 - x0, y1 - y0)).clone();
        GaussianBlur(search, search, new Size(3, 3), 0);
        return search;
    }

    /** As {@link #compare(Mat, Mat, Rectangle)}, with the photo's {@link #searchArea} for {@code r}. */
    public static double compareIn(Mat searchArea, Mat referenceGray, Rectangle r) {
        Mat template = new Mat(referenceGray, new Rect(r.x, r.y, r.width, r.height)).clone();
        GaussianBlur(template, template, new Size(3, 3), 0);
        Mat mean = new Mat();
        Mat std = new Mat();
        meanStdDev(template, mean, std);
        if (std.createIndexer() instanceof org.bytedeco.javacpp.indexer.DoubleIndexer d && d.get(0) < 2) {
            return 0.5;
        }
        Mat result = new Mat();
        matchTemplate(searchArea, template, result, TM_CCOEFF_NORMED);
        DoublePointer max = new DoublePointer(1);
        minMaxLoc(result, null, max, null, null, null);
        return Math.max(0, Math.min(1, max.get()));
    }
}
