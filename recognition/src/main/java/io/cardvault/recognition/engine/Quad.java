package io.cardvault.recognition.engine;

import io.cardvault.domain.recognition.CardOutline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A quadrilateral in photo pixels, corners clockwise starting with the one nearest the photo's
 * top-left (x + y smallest), plus the detector's plausibility score.
 */
public record Quad(double[] xy, double score) {

    public Quad {
        if (xy == null || xy.length != 8) {
            throw new IllegalArgumentException("a quad has four (x, y) corners");
        }
        xy = order(xy.clone());
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    public double x(int corner) {
        return xy[2 * corner];
    }

    public double y(int corner) {
        return xy[2 * corner + 1];
    }

    /** The corners as the out-port's outline, in the same pixel coordinates. */
    public CardOutline toOutline() {
        List<CardOutline.Corner> corners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            corners.add(new CardOutline.Corner(x(i), y(i)));
        }
        return new CardOutline(corners);
    }

    /** Largest corner distance to another quad after matching corners by position. */
    public double maxCornerDistance(Quad other) {
        double worst = 0;
        for (int i = 0; i < 4; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < 4; j++) {
                best = Math.min(best, Math.hypot(x(i) - other.x(j), y(i) - other.y(j)));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    /** Mean length of the edges 0-1 and 2-3 over the mean of 1-2 and 3-0 (width over height). */
    public double aspect() {
        double horizontal = edge(0, 1) + edge(2, 3);
        double vertical = edge(1, 2) + edge(3, 0);
        return horizontal / Math.max(1e-9, vertical);
    }

    /** The shorter of the mean of the edges 0-1 and 2-3 and the mean of 1-2 and 3-0: the card's width, whichever way it lies. */
    public double shorterSide() {
        return Math.min(edge(0, 1) + edge(2, 3), edge(1, 2) + edge(3, 0)) / 2;
    }

    /** Whether every corner lies in a {@code width x height} photo (a pixel of rounding allowed). */
    public boolean insidePhoto(int width, int height) {
        for (int i = 0; i < 4; i++) {
            if (x(i) < -1 || y(i) < -1 || x(i) > width + 1 || y(i) > height + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Share of the quad's area inside a {@code width x height} photo, from a 16 x 16 grid of
     * points interpolated between the corners (close enough for the mild perspective of a photo).
     */
    public double visibleShare(int width, int height) {
        if (insidePhoto(width, height)) {
            return 1;
        }
        int seen = 0;
        for (int i = 0; i < 16; i++) {
            double u = (i + 0.5) / 16;
            for (int j = 0; j < 16; j++) {
                double v = (j + 0.5) / 16;
                double px = (1 - v) * ((1 - u) * x(0) + u * x(1)) + v * ((1 - u) * x(3) + u * x(2));
                double py = (1 - v) * ((1 - u) * y(0) + u * y(1)) + v * ((1 - u) * y(3) + u * y(2));
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    seen++;
                }
            }
        }
        return seen / 256.0;
    }

    public double area() {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            sum += x(i) * y(j) - x(j) * y(i);
        }
        return Math.abs(sum) / 2;
    }

    private double edge(int a, int b) {
        return Math.hypot(x(a) - x(b), y(a) - y(b));
    }

    private static double[] order(double[] xy) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < 4; i++) {
            cx += xy[2 * i] / 4;
            cy += xy[2 * i + 1] / 4;
        }
        Integer[] index = {0, 1, 2, 3};
        final double fx = cx;
        final double fy = cy;
        // Image y grows downwards, so ascending atan2 walks the corners clockwise on screen.
        Arrays.sort(index, (a, b) -> Double.compare(Math.atan2(xy[2 * a + 1] - fy, xy[2 * a] - fx),
                Math.atan2(xy[2 * b + 1] - fy, xy[2 * b] - fx)));
        int start = 0;
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double s = xy[2 * index[i]] + xy[2 * index[i] + 1];
            if (s < smallest) {
                smallest = s;
                start = i;
            }
        }
        double[] ordered = new double[8];
        for (int i = 0; i < 4; i++) {
            int k = index[(start + i) % 4];
            ordered[2 * i] = xy[2 * k];
            ordered[2 * i + 1] = xy[2 * k + 1];
        }
        return ordered;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quad q && Arrays.equals(xy, q.xy) && score == q.score;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy) * 31 + Double.hashCode(score);
    }

    @Override
    public String toString() {
        return "Quad" + Arrays.toString(xy) + "@" + score;
    }
}
