package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.List;
import java.util.Optional;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.ROTATE_180;
import static org.bytedeco.opencv.global.opencv_core.rotate;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_NEAREST;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.erode;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

/**
 * Warps the quadrilateral of a photo onto the canonical upright card rectangle. The rotation is
 * the quarter turn clockwise applied to the crop as it lies in the photo; photo corner {@code i}
 * lands on canonical corner {@code i + rotation/90}. A quad may run past the photo's edge (a card
 * partly out of frame): the missing part is filled by repeating the photo's edge pixels, which
 * continue the card's border band, and {@link #visibleMask} tells which crop pixels were seen.
 */
public final class Rectifier {

    private Rectifier() {
    }

    /** Every quarter turn, for when the quad's shape cannot be trusted to say which two are worth trying. */
    public static final List<Integer> ALL_ROTATIONS = List.of(0, 90, 180, 270);

    /** The rotations worth trying: the two that put the quad's long side vertical, all four if square-ish. */
    public static List<Integer> plausibleRotations(Quad quad) {
        double aspect = quad.aspect();
        if (aspect > 0.87 && aspect < 1.15) {
            return ALL_ROTATIONS;
        }
        return aspect < 1 ? List.of(0, 180) : List.of(90, 270);
    }

    /** The canonical {@code 315 x 440} BGR crop of the card. */
    public static Mat rectify(Mat photo, Quad quad, int rotation) {
        return warpedToCanonical(photo, toCanonical(quad, rotation));
    }

    /** The canonical crop through any photo-to-canonical transform ({@link #rectify}'s, or one FaceAlignment corrected). */
    static Mat warpedToCanonical(Mat photo, Mat photoToCanonical) {
        Mat out = new Mat();
        // Replicating the photo's edge continues the border band across a clipped corner, which
        // moves the global descriptors far less than a constant fill's dark wedge.
        warpPerspective(photo, out, photoToCanonical, new Size(CardLayout.CANONICAL_WIDTH,
                CardLayout.CANONICAL_HEIGHT), INTER_LINEAR, BORDER_REPLICATE, new Scalar(0));
        return out;
    }

    /**
     * The crops at {@code rotation} and at the half turn from it, from one warp. The canonical
     * corners of the two turns are point reflections of one another ({@code (w, h) - p}), so the
     * half turn's crop is the first warp, one pixel larger each way, cut one pixel further in and
     * turned over: the same sampling positions as a warp of its own. The crop at {@code rotation}
     * is {@link #rectify}'s exactly; the half-turned one differs from its own warp in about one
     * value in 30,000, where the warp's 1/32-pixel rounding of a sampling position falls the other
     * way (a different transform, rows cut into other blocks).
     */
    public static Turned rectifyTurned(Mat photo, Quad quad, int rotation) {
        Mat wide = new Mat();
        warpPerspective(photo, wide, toCanonical(quad, rotation), new Size(CardLayout.CANONICAL_WIDTH + 1,
                CardLayout.CANONICAL_HEIGHT + 1), INTER_LINEAR, BORDER_REPLICATE, new Scalar(0));
        return turned(wide);
    }

    /** {@link #visibleMask} at {@code rotation} and at the half turn from it, from one warp (see {@link #rectifyTurned}). */
    public static Optional<Turned> visibleMasksTurned(Mat photo, Quad quad, int rotation) {
        if (quad.insidePhoto(photo.cols(), photo.rows())) {
            return Optional.empty();
        }
        Mat seen = new Mat(photo.rows(), photo.cols(), CV_8UC1, new Scalar(255));
        Mat wide = new Mat();
        warpPerspective(seen, wide, toCanonical(quad, rotation), new Size(CardLayout.CANONICAL_WIDTH + 1,
                CardLayout.CANONICAL_HEIGHT + 1), INTER_NEAREST, BORDER_CONSTANT, new Scalar(0));
        // Eroded after the cut: the extra row and column must not take part.
        Turned masks = turned(wide);
        return Optional.of(new Turned(seamless(masks.crop()), seamless(masks.halfTurned())));
    }

    /** A crop and the crop at the half turn from it. */
    public record Turned(Mat crop, Mat halfTurned) {
    }

    private static Turned turned(Mat wide) {
        int w = CardLayout.CANONICAL_WIDTH;
        int h = CardLayout.CANONICAL_HEIGHT;
        Mat crop = new Mat(wide, new Rect(0, 0, w, h)).clone();
        Mat halfTurned = new Mat();
        rotate(new Mat(wide, new Rect(1, 1, w, h)), halfTurned, ROTATE_180);
        return new Turned(crop, halfTurned);
    }

    private static Mat seamless(Mat mask) {
        erode(mask, mask, getStructuringElement(MORPH_RECT, new Size(2 * SEAM + 1, 2 * SEAM + 1)));
        return mask;
    }

    /**
     * The canonical crop's pixels that show the photo (255) rather than the fill (0), shrunk by a
     * few pixels so that the seam itself is left out; empty when the quad lies inside the photo.
     */
    public static Optional<Mat> visibleMask(Mat photo, Quad quad, int rotation) {
        if (quad.insidePhoto(photo.cols(), photo.rows())) {
            return Optional.empty();
        }
        Mat seen = new Mat(photo.rows(), photo.cols(), CV_8UC1, new Scalar(255));
        Mat mask = new Mat();
        warpPerspective(seen, mask, toCanonical(quad, rotation), new Size(CardLayout.CANONICAL_WIDTH,
                CardLayout.CANONICAL_HEIGHT), INTER_NEAREST, BORDER_CONSTANT, new Scalar(0));
        return Optional.of(seamless(mask));
    }

    /** Pixels next to the fill left out of the visible mask: an ORB patch there would straddle the seam. */
    private static final int SEAM = 6;

    /** The perspective transform from the photo onto the canonical crop (FaceAlignment composes its correction with it). */
    static Mat toCanonical(Quad quad, int rotation) {
        if (rotation % 90 != 0 || rotation < 0 || rotation > 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270");
        }
        int w = CardLayout.CANONICAL_WIDTH;
        int h = CardLayout.CANONICAL_HEIGHT;
        float[][] canonical = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        Mat src = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        Mat dst = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        FloatIndexer s = src.createIndexer();
        FloatIndexer d = dst.createIndexer();
        int shift = rotation / 90;
        for (int i = 0; i < 4; i++) {
            s.put(i, 0, 0, (float) quad.x(i));
            s.put(i, 0, 1, (float) quad.y(i));
            float[] target = canonical[(i + shift) % 4];
            d.put(i, 0, 0, target[0]);
            d.put(i, 0, 1, target[1]);
        }
        return getPerspectiveTransform(src, dst);
    }

}
