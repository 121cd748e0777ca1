package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import java.awt.Rectangle;
import java.util.Arrays;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.dct;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2HSV_FULL;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Computes {@link CardDescriptor}s of canonical crops. The histogram is taken after a grey-world
 * correction on both references and photos, so a white-balance shift moves it little.
 */
public final class DescriptorExtractor {

    private DescriptorExtractor() {
    }

    public static CardDescriptor extract(Mat canonicalBgr) {
        Mat gray = new Mat();
        cvtColor(canonicalBgr, gray, COLOR_BGR2GRAY);
        Rectangle art = CardLayout.ART.in(canonicalBgr.cols(), canonicalBgr.rows());
        Mat artGray = new Mat(gray, new Rect(art.x, art.y, art.width, art.height));
        return new CardDescriptor(pHash(gray), pHash(artGray), dHash(gray), hueSaturation(canonicalBgr));
    }

    /** 256-bit perceptual hash: signs of the 16 x 16 lowest DCT frequencies against their median. */
    static long[] pHash(Mat gray) {
        Mat small = new Mat();
        resize(gray, small, new Size(64, 64), 0, 0, INTER_AREA);
        Mat floats = new Mat();
        small.convertTo(floats, CV_32F);
        Mat frequencies = new Mat();
        dct(floats, frequencies);
        FloatIndexer idx = frequencies.createIndexer();
        float[] coefficients = new float[256];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                coefficients[y * 16 + x] = idx.get(y, x);
            }
        }
        // The DC term only says how bright the card is; leave it out of the median.
        float[] sorted = Arrays.copyOfRange(coefficients, 1, 256);
        Arrays.sort(sorted);
        float median = sorted[sorted.length / 2];
        return bits(coefficients, median);
    }

    /** 256-bit difference hash: is each pixel of a 17 x 16 thumbnail darker than its right neighbour. */
    static long[] dHash(Mat gray) {
        Mat small = new Mat();
        resize(gray, small, new Size(17, 16), 0, 0, INTER_AREA);
        byte[] p = Mats.bytes(small);
        long[] hash = new long[4];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int bit = y * 16 + x;
                if ((p[y * 17 + x] & 0xFF) < (p[y * 17 + x + 1] & 0xFF)) {
                    hash[bit >> 6] |= 1L << (bit & 63);
                }
            }
        }
        return hash;
    }

    /** 16 hue x 8 saturation bins over a grey-world corrected thumbnail, square-rooted, unit L2. */
    static float[] hueSaturation(Mat bgr) {
        Mat small = new Mat();
        resize(bgr, small, new Size(63, 88), 0, 0, INTER_AREA);
        byte[] p = Mats.bytes(small);
        double[] mean = new double[3];
        int n = p.length / 3;
        for (int i = 0; i < p.length; i++) {
            mean[i % 3] += (p[i] & 0xFF);
        }
        double gray = (mean[0] + mean[1] + mean[2]) / 3;
        double[] gain = new double[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = mean[c] > 0 ? gray / mean[c] : 1;
        }
        byte[] balanced = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            balanced[i] = (byte) Math.min(255, (int) Math.round((p[i] & 0xFF) * gain[i % 3]));
        }
        small.data().put(balanced);
        Mat hsv = new Mat();
        cvtColor(small, hsv, COLOR_BGR2HSV_FULL);
        byte[] h = Mats.bytes(hsv);
        float[] histogram = new float[CardDescriptor.HISTOGRAM_BINS];
        for (int i = 0; i < n; i++) {
            int hue = (h[3 * i] & 0xFF) >> 4;
            int saturation = (h[3 * i + 1] & 0xFF) >> 5;
            histogram[hue * 8 + saturation] += 1;
        }
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] = (float) Math.sqrt(histogram[i] / n);
        }
        return histogram;
    }

    private static long[] bits(float[] values, float threshold) {
        long[] hash = new long[4];
        for (int i = 0; i < 256; i++) {
            if (values[i] > threshold) {
                hash[i >> 6] |= 1L << (i & 63);
            }
        }
        return hash;
    }
}
