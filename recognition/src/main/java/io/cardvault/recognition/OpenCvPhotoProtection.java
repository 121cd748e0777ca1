package io.cardvault.recognition;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.addWeighted;
import static org.bytedeco.opencv.global.opencv_core.dct;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_DUPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.getTextSize;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.cardvault.application.port.out.FingerprintPhotoPort;
import io.cardvault.application.port.out.WatermarkImagePort;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.trust.ConfirmationCode;
import io.cardvault.domain.trust.PerceptualHash;
import io.cardvault.domain.trust.PhotoFingerprint;
import io.cardvault.recognition.engine.Mats;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Adapter: the watermark and the forensic fingerprint of protected listing photos, with the OpenCV
 * recognition already decodes photos with (no other image library in the WAR).
 *
 * <p>The watermark repeats "CardVault · CODE" in staggered rows over the whole photo (a row every
 * sixth of the height, each shifted, so every corner and edge holds whole copies) plus a larger copy
 * across the centre, blended at 45 % white with a dark outline so it reads on light and dark cards.
 *
 * <p>The fingerprint is the classic 64-bit DCT perceptual hash (pHash: grey, 32 × 32 by area, the
 * 8 × 8 lowest frequencies of its DCT against their median) of the whole photo and of 25 views
 * cropped by a tenth — every combination of 0, 2.5, 5, 7.5 or 10 % off the left and top with the
 * rest of the tenth off the right and bottom — so a copy cropped by up to a tenth lies within 1.25 %
 * of one view's framing. More frequencies (a 256-bit hash) were tried first: a 2 % shift of the
 * framing already moved 74 of its 256 bits, as the higher frequencies turn with any shift.
 * Measured in {@code bench/fingerprint}.
 */
@ApplicationScoped
class OpenCvPhotoProtection implements WatermarkImagePort, FingerprintPhotoPort {

    static final int HASH_SIDE = 8;
    private static final int DCT_SIDE = 32;
    private static final double[] CROP_OFFSETS = {0.0, 0.025, 0.05, 0.075, 0.10};
    private static final double CROP = 0.10;
    private static final int ROWS = 6;
    private static final double MARK_OPACITY = 0.45;

    @Override
    public byte[] watermark(byte[] encoded, ImageFormat format, ConfirmationCode code, String platform) {
        try (PointerScope scope = new PointerScope()) {
            Mat photo = Mats.decode(encoded, ImageUploadGuard.LISTING_PHOTO);
            Mat marked = photo.clone();
            String text = platform + " - " + code.value();
            int width = photo.cols();
            int height = photo.rows();
            double scale = Math.max(0.4, Math.min(width, height) / 900.0);
            int thickness = Math.max(1, (int) Math.round(scale * 2));
            int[] baseline = new int[1];
            Size size = getTextSize(text, FONT_HERSHEY_DUPLEX, scale, thickness, baseline);
            int step = size.width() + (int) (size.height() * 2.5);
            for (int row = 0; row < ROWS; row++) {
                int y = (int) ((row + 0.5) * height / ROWS) + size.height() / 2;
                int shift = (row % 3) * step / 3;
                for (int x = -step + shift; x < width; x += step) {
                    outlined(marked, text, new Point(x, y), scale, thickness);
                }
            }
            double large = scale * 2;
            int largeThickness = thickness * 2;
            Size centre = getTextSize(text, FONT_HERSHEY_DUPLEX, large, largeThickness, baseline);
            outlined(marked, text, new Point((width - centre.width()) / 2, (height + centre.height()) / 2), large, largeThickness);
            Mat blended = new Mat();
            addWeighted(marked, MARK_OPACITY, photo, 1 - MARK_OPACITY, 0, blended);
            BytePointer out = new BytePointer();
            if (!imencode(OpenCvImageSanitizer.extension(format), blended, out,
                    new IntPointer(OpenCvImageSanitizer.parameters(format)))) {
                throw new IllegalStateException("OpenCV could not encode a watermarked " + format + " photo");
            }
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }

    private static void outlined(Mat image, String text, Point at, double scale, int thickness) {
        putText(image, text, at, FONT_HERSHEY_DUPLEX, scale, new Scalar(20, 20, 20, 0), thickness + 2, LINE_AA, false);
        putText(image, text, at, FONT_HERSHEY_DUPLEX, scale, new Scalar(255, 255, 255, 0), thickness, LINE_AA, false);
    }

    @Override
    public PhotoFingerprint protectedViews(byte[] encoded) {
        try (PointerScope scope = new PointerScope()) {
            Mat grey = grey(encoded);
            List<PerceptualHash> views = new ArrayList<>();
            views.add(hash(grey));
            int width = grey.cols();
            int height = grey.rows();
            int keptWidth = (int) Math.round(width * (1 - CROP));
            int keptHeight = (int) Math.round(height * (1 - CROP));
            for (double left : CROP_OFFSETS) {
                for (double top : CROP_OFFSETS) {
                    int x = Math.min((int) Math.round(width * left), width - keptWidth);
                    int y = Math.min((int) Math.round(height * top), height - keptHeight);
                    views.add(hash(new Mat(grey, new Rect(x, y, keptWidth, keptHeight))));
                }
            }
            return new PhotoFingerprint(views);
        }
    }

    @Override
    public PhotoFingerprint probe(byte[] encoded) {
        try (PointerScope scope = new PointerScope()) {
            return new PhotoFingerprint(List.of(hash(grey(encoded))));
        }
    }

    private static Mat grey(byte[] encoded) {
        Mat colour = Mats.decode(encoded, ImageUploadGuard.LISTING_PHOTO);
        if (colour.empty()) {
            throw new IllegalArgumentException("a fingerprinted photo decodes: it was sanitized first");
        }
        Mat grey = new Mat();
        cvtColor(colour, grey, COLOR_BGR2GRAY);
        return grey;
    }

    /** The 64-bit pHash of a grey image (any size). */
    static PerceptualHash hash(Mat grey) {
        Mat small = new Mat();
        resize(grey, small, new Size(DCT_SIDE, DCT_SIDE), 0, 0, INTER_AREA);
        Mat floats = new Mat();
        small.convertTo(floats, CV_32F);
        Mat frequencies = new Mat();
        dct(floats, frequencies);
        FloatBuffer values = frequencies.createBuffer();
        float[] low = new float[HASH_SIDE * HASH_SIDE];
        for (int row = 0; row < HASH_SIDE; row++) {
            for (int col = 0; col < HASH_SIDE; col++) {
                low[row * HASH_SIDE + col] = values.get(row * DCT_SIDE + col);
            }
        }
        float[] sorted = low.clone();
        Arrays.sort(sorted);
        float median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        long[] words = new long[PerceptualHash.BITS / 64];
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                words[i / 64] |= 1L << (63 - i % 64);
            }
        }
        return new PerceptualHash(words);
    }
}
