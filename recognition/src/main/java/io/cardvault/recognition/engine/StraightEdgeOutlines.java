package io.cardvault.recognition.engine;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar4i;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_imgproc.Vec4iVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgproc.HoughLinesP;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_NEAREST;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Card outlines from the photo's long straight edges, the way document scanners find a page: a
 * thumb over a corner, a sleeve's streak or a shadow breaks the card's contour (the contour then
 * runs round the thumb and the hull is no card), but it hides only part of one or two sides; the
 * rest of each side is still a long straight edge. Straight segments (probabilistic Hough) are
 * merged into lines; two roughly parallel pairs of lines crossing at a wide angle give a quad, kept
 * when it has the card's proportions and each side is carried by its line along a fair share of it.
 */
final class StraightEdgeOutlines {

    private static final double CARD_ASPECT = 63.0 / 88.0;
    /** Hough accumulator votes of a segment. */
    private static final int HOUGH_VOTES = 40;
    /** Shortest segment, as a share of the photo's shorter side. */
    private static final double MIN_SEGMENT = 0.08;
    /** Gap (working pixels) bridged within a segment. */
    private static final int MAX_GAP = 4;
    /** Degrees and pixels within which a segment lies on a line. */
    private static final double SAME_LINE_DEGREES = 2.5;
    private static final double SAME_LINE_PIXELS = 2.5;
    /** Lines (longest first) combined into quads. */
    private static final int MAX_LINES = 24;
    /** Degrees two opposite sides may differ (perspective). */
    private static final double OPPOSITE_DEGREES = 20;
    /** Degrees at least between neighbouring sides. */
    private static final double NEIGHBOUR_DEGREES = 50;
    /** Share of each side (in the photo) its line must cover. */
    private static final double MIN_SIDE_COVER = 0.3;
    /** Largest |log| of the aspect's ratio to the card's. */
    private static final double MAX_ASPECT_ERROR = 0.15;
    /** Stretch past each end of a side, as a share of its length, where the side's line should have no edge. */
    private static final double OVERSHOOT_REACH = 0.25;
    /** Share of a quad that must lie in the photo. */
    private static final double MIN_VISIBLE = 0.75;

    private StraightEdgeOutlines() {
    }

    /** A straight line through merged segments: a point, a unit direction and the covered intervals along it. */
    private static final class Line {
        double px;
        double py;
        double dx;
        double dy;
        final List<double[]> segments = new ArrayList<>();
        double[][] covered;
        double coveredLength;

        Line(double[] segment) {
            px = segment[0];
            py = segment[1];
            double length = Math.hypot(segment[2] - segment[0], segment[3] - segment[1]);
            dx = (segment[2] - segment[0]) / length;
            dy = (segment[3] - segment[1]) / length;
            segments.add(segment);
        }

        boolean holds(double[] segment) {
            double sx = segment[2] - segment[0];
            double sy = segment[3] - segment[1];
            double length = Math.hypot(sx, sy);
            double sine = Math.abs(sx * dy - sy * dx) / length;
            return sine <= Math.sin(Math.toRadians(SAME_LINE_DEGREES)) && distance(segment[0], segment[1]) <= SAME_LINE_PIXELS
                    && distance(segment[2], segment[3]) <= SAME_LINE_PIXELS;
        }

        double distance(double x, double y) {
            return Math.abs((x - px) * dy - (y - py) * dx);
        }

        double along(double x, double y) {
            return (x - px) * dx + (y - py) * dy;
        }

        /** Refits the line to its segments (weighted by length) and unites their intervals along it. */
        void settle() {
            double sw = 0;
            double sx = 0;
            double sy = 0;
            for (double[] s : segments) {
                double l = Math.hypot(s[2] - s[0], s[3] - s[1]);
                sw += 2 * l;
                sx += l * (s[0] + s[2]);
                sy += l * (s[1] + s[3]);
            }
            double mx = sx / sw;
            double my = sy / sw;
            double sxx = 0;
            double syy = 0;
            double sxy = 0;
            for (double[] s : segments) {
                double l = Math.hypot(s[2] - s[0], s[3] - s[1]);
                for (int e = 0; e < 2; e++) {
                    double x = s[2 * e] - mx;
                    double y = s[2 * e + 1] - my;
                    sxx += l * x * x;
                    syy += l * y * y;
                    sxy += l * x * y;
                }
            }
            double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
            px = mx;
            py = my;
            dx = Math.cos(angle);
            dy = Math.sin(angle);
            List<double[]> intervals = new ArrayList<>();
            for (double[] s : segments) {
                double a = along(s[0], s[1]);
                double b = along(s[2], s[3]);
                intervals.add(new double[]{Math.min(a, b), Math.max(a, b)});
            }
            intervals.sort(Comparator.comparingDouble(i -> i[0]));
            List<double[]> united = new ArrayList<>();
            for (double[] i : intervals) {
                double[] last = united.isEmpty() ? null : united.get(united.size() - 1);
                if (last != null && i[0] <= last[1] + MAX_GAP) {
                    last[1] = Math.max(last[1], i[1]);
                } else {
                    united.add(i.clone());
                }
            }
            covered = united.toArray(new double[0][]);
            coveredLength = 0;
            for (double[] i : covered) {
                coveredLength += i[1] - i[0];
            }
        }

        /** Length of [from, to] (along the line) its segments cover. */
        double cover(double from, double to) {
            double total = 0;
            for (double[] i : covered) {
                total += Math.max(0, Math.min(to, i[1]) - Math.max(from, i[0]));
            }
            return total;
        }
    }

    /**
     * Card-shaped quads (working pixels) bounded by four of the edge map's long straight lines,
     * best first, at most {@code limit}, none within {@code apart} pixels (largest corner distance)
     * of a better one. Scores are on the scale of the contour outlines' (fill, aspect, area).
     */
    static List<Quad> outlines(Mat edges, int limit, double apart) {
        int w = edges.cols();
        int h = edges.rows();
        double shorter = Math.min(w, h);
        List<Line> lines = lines(edges, shorter);
        List<Quad> quads = new ArrayList<>();
        double imageArea = w * (double) h;
        double minSeparation = 0.12 * shorter;
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                if (!opposite(lines.get(a), lines.get(b), minSeparation)) {
                    continue;
                }
                for (int c = a + 1; c < lines.size(); c++) {
                    if (c == b || sine(lines.get(a), lines.get(c)) < Math.sin(Math.toRadians(NEIGHBOUR_DEGREES))) {
                        continue;
                    }
                    for (int d = c + 1; d < lines.size(); d++) {
                        if (d == b || !opposite(lines.get(c), lines.get(d), minSeparation)
                                || sine(lines.get(a), lines.get(d)) < Math.sin(Math.toRadians(NEIGHBOUR_DEGREES))) {
                            continue;
                        }
                        Quad quad = bounded(lines.get(a), lines.get(b), lines.get(c), lines.get(d), w, h, imageArea);
                        if (quad != null) {
                            quads.add(quad);
                        }
                    }
                }
            }
        }
        quads.sort(Comparator.comparingDouble(Quad::score).reversed());
        List<Quad> kept = new ArrayList<>();
        for (Quad q : quads) {
            if (kept.size() == limit) {
                break;
            }
            if (kept.stream().noneMatch(k -> k.maxCornerDistance(q) < apart)) {
                kept.add(q);
            }
        }
        return kept;
    }

    private static List<Line> lines(Mat edges, double shorter) {
        // At half resolution: the Hough transform's cost grows with the edge pixels, and the sides
        // found are snapped onto the edges at full resolution afterwards.
        Mat half = new Mat();
        resize(edges, half, new Size(edges.cols() / 2, edges.rows() / 2), 0, 0, INTER_NEAREST);
        Vec4iVector found = new Vec4iVector();
        HoughLinesP(half, found, 1, Math.PI / 180, HOUGH_VOTES / 2, MIN_SEGMENT * shorter / 2, MAX_GAP / 2.0);
        List<double[]> segments = new ArrayList<>();
        for (long i = 0; i < found.size(); i++) {
            Scalar4i s = found.get(i);
            segments.add(new double[]{2 * s.get(0), 2 * s.get(1), 2 * s.get(2), 2 * s.get(3)});
        }
        segments.sort(Comparator.comparingDouble((double[] s) -> Math.hypot(s[2] - s[0], s[3] - s[1])).reversed());
        List<Line> lines = new ArrayList<>();
        for (double[] s : segments) {
            Line home = null;
            for (Line line : lines) {
                if (line.holds(s)) {
                    home = line;
                    break;
                }
            }
            if (home == null) {
                lines.add(new Line(s));
            } else {
                home.segments.add(s);
            }
        }
        lines.forEach(Line::settle);
        lines.sort(Comparator.comparingDouble((Line l) -> l.coveredLength).reversed());
        return lines.subList(0, Math.min(MAX_LINES, lines.size()));
    }

    private static double sine(Line a, Line b) {
        return Math.abs(a.dx * b.dy - a.dy * b.dx);
    }

    private static boolean opposite(Line a, Line b, double minSeparation) {
        return sine(a, b) <= Math.sin(Math.toRadians(OPPOSITE_DEGREES)) && a.distance(b.px, b.py) >= minSeparation;
    }

    /** Where two lines cross. */
    private static double[] crossing(Line s, Line t) {
        double cross = s.dx * t.dy - s.dy * t.dx;
        double u = ((t.px - s.px) * t.dy - (t.py - s.py) * t.dx) / cross;
        return new double[]{s.px + u * s.dx, s.py + u * s.dy};
    }

    /** The quad bounded by lines a, b (opposite) and c, d (opposite), scored, or null when it is no card. */
    private static Quad bounded(Line a, Line b, Line c, Line d, int w, int h, double imageArea) {
        double[] ac = crossing(a, c);
        double[] ad = crossing(a, d);
        double[] bd = crossing(b, d);
        double[] bc = crossing(b, c);
        double[][] corners = {ac, ad, bd, bc};
        if (!convex(corners)) {
            return null;
        }
        Quad quad = new Quad(new double[]{ac[0], ac[1], ad[0], ad[1], bd[0], bd[1], bc[0], bc[1]}, 0);
        double aspect = quad.aspect();
        double portrait = aspect > 1 ? 1 / aspect : aspect;
        double aspectError = Math.abs(Math.log(portrait / CARD_ASPECT));
        double areaShare = quad.area() / imageArea;
        if (aspectError > MAX_ASPECT_ERROR || areaShare < 0.04 || areaShare > 0.98 || quad.visibleShare(w, h) < MIN_VISIBLE) {
            return null;
        }
        double total = 0;
        double[][][] sides = {{ac, ad}, {bc, bd}, {ac, bc}, {ad, bd}};
        Line[] on = {a, b, c, d};
        double overshoot = 0;
        for (int i = 0; i < 4; i++) {
            double share = sideCover(on[i], sides[i][0], sides[i][1], w, h);
            if (share < MIN_SIDE_COVER) {
                return null;
            }
            total += share;
            overshoot += overshoot(on[i], sides[i][0], sides[i][1]);
        }
        // A card's side ends at its corners; lines crossing the quad (clutter, a table's edge) run on.
        return new Quad(quad.xy(), total / 4 * (1 - overshoot / 4) * Math.exp(-aspectError * 4) * Math.sqrt(areaShare));
    }

    /** Share of the stretches just past the side's two ends (a quarter of its length each) that the line covers. */
    private static double overshoot(Line line, double[] p, double[] q) {
        double from = Math.min(line.along(p[0], p[1]), line.along(q[0], q[1]));
        double to = Math.max(line.along(p[0], p[1]), line.along(q[0], q[1]));
        double reach = OVERSHOOT_REACH * (to - from);
        double margin = MAX_GAP;
        return (line.cover(from - margin - reach, from - margin) + line.cover(to + margin, to + margin + reach)) / (2 * reach);
    }

    /** Share of the side from p to q (its part in the photo) that the line's segments cover. */
    private static double sideCover(Line line, double[] p, double[] q, int w, int h) {
        double from = line.along(p[0], p[1]);
        double to = line.along(q[0], q[1]);
        if (from > to) {
            double swap = from;
            from = to;
            to = swap;
        }
        // Clip [from, to] to the photo by sampling: the side is straight, so the part inside is one interval.
        int samples = 64;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int k = 0; k <= samples; k++) {
            double t = from + (to - from) * k / samples;
            double x = line.px + t * line.dx;
            double y = line.py + t * line.dy;
            if (x >= 0 && y >= 0 && x < w && y < h) {
                if (Double.isNaN(first)) {
                    first = t;
                }
                last = t;
            }
        }
        if (Double.isNaN(first) || last - first < 0.25 * (to - from)) {
            return 0;
        }
        return line.cover(first, last) / (last - first);
    }

    private static boolean convex(double[][] corners) {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            double[] p = corners[i];
            double[] q = corners[(i + 1) % 4];
            double[] r = corners[(i + 2) % 4];
            double cross = (q[0] - p[0]) * (r[1] - q[1]) - (q[1] - p[1]) * (r[0] - q[0]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s == 0 || sign != 0 && s != sign) {
                return false;
            }
            sign = s;
        }
        return true;
    }
}
