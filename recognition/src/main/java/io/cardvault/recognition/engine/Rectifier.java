package io.cardvault.recognition.engine;

import io.cardvault.recognition.render.CardLayout;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

/**
 * Warps the quadrilateral of a photo onto the canonical upright card rectangle. The rotation is
 * the quarter turn clockwise applied to the crop as it lies in the photo; photo corner {@code i}
 * lands on canonical corner {@code i + rotation/90}.
 */
public final class Rectifier {

    private Rectifier() {
    }

    /** The rotations worth trying: the two that put the quad's long side vertical, all four if square-ish. */
    public static List<Integer> plausibleRotations(Quad quad) {
        double aspect = quad.aspect();
        if (aspect > 0.87 && aspect < 1.15) {
            return List.of(0, 90, 180, 270);
        }
        return aspect < 1 ? List.of(0, 180) : List.of(90, 270);
    }

    /** The canonical {@code 315 x 440} BGR crop of the card. */
    public static Mat rectify(Mat photo, Quad quad, int rotation) {
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
        Mat transform = getPerspectiveTransform(src, dst);
        Mat out = new Mat();
        warpPerspective(photo, out, transform, new Size(w, h), INTER_LINEAR, 1, new org.bytedeco.opencv.opencv_core.Scalar(0));
        return out;
    }

}
