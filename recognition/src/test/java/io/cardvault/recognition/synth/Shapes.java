package io.cardvault.recognition.synth;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

/**
 * Plane geometry of the synthetic scene: polygons in photo pixels, exact areas of clipped
 * polygons, and the face-to-photo homography applied to points beyond the face (sleeve border,
 * neighbouring card).
 */
final class Shapes {

    private Shapes() {
    }

    /** The closed polygon through {@code xy} (x0, y0, x1, y1, ...). */
    static Path2D polygon(double[] xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /**
     * The enclosed area; curves are flattened to 0.05 px, polygons are exact. Holes in an
     * {@link Area} run the other way round, so the signed sum subtracts them.
     */
    static double area(Shape shape) {
        double sum = 0;
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    sum += lastX * startY - startX * lastY;
                    startX = c[0];
                    startY = c[1];
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    sum += lastX * c[1] - c[0] * lastY;
                    lastX = c[0];
                    lastY = c[1];
                }
                default -> {
                    sum += lastX * startY - startX * lastY;
                    lastX = startX;
                    lastY = startY;
                }
            }
        }
        sum += lastX * startY - startX * lastY;
        return Math.abs(sum) / 2;
    }

    /** The area of {@code a} inside {@code b}. */
    static double overlap(Shape a, Shape b) {
        Area inside = new Area(a);
        inside.intersect(new Area(b));
        return area(inside);
    }

    /** Share of the quad {@code corners} lying outside the {@code width} x {@code height} photo. */
    static double outsideShare(double[] corners, int width, int height) {
        Path2D card = polygon(corners);
        double total = area(card);
        return Math.max(0, 1 - overlap(card, new Rectangle2D.Double(0, 0, width, height)) / total);
    }

    /** {@code h} (row-major 3 x 3) applied to the point (x, y). */
    static double[] map(double[] h, double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[]{(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** {@code h} applied to each point of {@code xy}. */
    static double[] map(double[] h, double[] xy) {
        double[] out = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            double[] p = map(h, xy[i], xy[i + 1]);
            out[i] = p[0];
            out[i + 1] = p[1];
        }
        return out;
    }

    /**
     * The homography taking the four points {@code from} to {@code to} (row-major, h33 = 1), by
     * Gaussian elimination of the usual 8 x 8 system.
     */
    static double[] homography(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[]{x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[]{0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        h[8] = 1;
        return h;
    }

    /** The four corners of a {@code width} x {@code height} image, clockwise from the top-left. */
    static double[] frame(double width, double height) {
        return new double[]{0, 0, width, 0, width, height, 0, height};
    }
}
