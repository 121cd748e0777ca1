package io.cardvault.recognition.engine;

import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.RotatedRect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static org.bytedeco.opencv.global.opencv_core.inRange;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2HSV;
import static org.bytedeco.opencv.global.opencv_imgproc.Canny;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_EXTERNAL;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_LIST;
import static org.bytedeco.opencv.global.opencv_imgproc.approxPolyDP;
import static org.bytedeco.opencv.global.opencv_imgproc.arcLength;
import static org.bytedeco.opencv.global.opencv_imgproc.contourArea;
import static org.bytedeco.opencv.global.opencv_imgproc.convexHull;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.dilate;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.minAreaRect;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Finds card-shaped quadrilaterals in a photo. Several edge maps (two Canny thresholds) and a
 * colour mask of the yellow card border each propose contours; every contour big enough gives a
 * polygon approximation or, failing that, its minimum-area rectangle. Candidates are ranked by
 * how card-like they are (area, aspect near 63:88, fill of the hull) and near-duplicates merged.
 * Several are kept because the best-looking one is sometimes background lines joined to the card
 * edge; the recognizer verifies them in turn. A card partly outside the photo (or under a thumb)
 * gives a hull that is no quadrilateral: its straight sides are extended and the hidden corners
 * completed, so such an outline may run past the photo's edge. The edge maps are closed along the
 * photo's edge for that (a card whose border has the background's colour is then still outlined),
 * and a region the frame cuts off the background is no candidate. Outlines extrapolated from the
 * artwork box or the text panel are also tried snapped onto the straight edges next to them.
 */
public final class OutlineDetector {

    private static final double CARD_ASPECT = 63.0 / 88.0;
    private static final int WORK_SIZE = 640;
    /** Width of the yellow border in millimetres (0.04 of the 63 mm card width). */
    private static final double BORDER_MM = 0.04 * 63;

    private final int maxCandidates;

    public OutlineDetector(int maxCandidates) {
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be positive");
        }
        this.maxCandidates = maxCandidates;
    }

    /** Outlines proposed from the straight edges, at most. */
    private static final int STRAIGHT_EDGE_OUTLINES = 3;

    /**
     * The contour outlines of {@link #detect}, most plausible first, and outlines from the photo's long
     * straight edges ({@link StraightEdgeOutlines}, in photo coordinates, snapped to the edges seen),
     * computed only when asked for: a thumb or a streak breaks the contour but leaves most of each side
     * straight, while on a clean photo the straight lines of the art box and the text panel make
     * card-shaped quads of their own that outrank the card (measured: ranked among the contours, they
     * changed right answers on clean, clipped and reprint photos), so they are a fallback for when no
     * contour outline was verified.
     */
    public record Outlines(List<Quad> candidates, Supplier<List<Quad>> fromStraightEdges) {

        public Outlines {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(fromStraightEdges, "fromStraightEdges");
        }
    }

    /** Card-like quadrilaterals in photo coordinates, most plausible first; possibly none. */
    public List<Quad> detect(Mat bgr) {
        return outlines(bgr).candidates();
    }

    /** {@link #detect}'s candidates with the straight-edge outlines to ask for when none of them is the card. */
    public Outlines outlines(Mat bgr) {
        double scale = Math.min(1.0, WORK_SIZE / (double) Math.max(bgr.cols(), bgr.rows()));
        Mat small = new Mat();
        resize(bgr, small, new Size((int) Math.round(bgr.cols() * scale), (int) Math.round(bgr.rows() * scale)),
                0, 0, INTER_AREA);
        Mat gray = new Mat();
        cvtColor(small, gray, COLOR_BGR2GRAY);
        EdgeExposure exposure = EdgeExposure.of(gray);
        GaussianBlur(gray, gray, exposure.blur(), 0);
        double imageArea = small.cols() * (double) small.rows();

        List<Quad> found = new ArrayList<>();
        Mat kernel = getStructuringElement(MORPH_RECT, new Size(3, 3));
        // Colour edges: a yellow border on a grey frame, or on a yellow-green table, has almost
        // no luminance step, so each colour channel is searched for edges as well.
        Mat channelEdges = new Mat(small.rows(), small.cols(), org.bytedeco.opencv.global.opencv_core.CV_8UC1,
                new Scalar(0));
        MatVector channels = new MatVector();
        org.bytedeco.opencv.global.opencv_core.split(small, channels);
        for (long c = 0; c < channels.size(); c++) {
            Mat channel = channels.get(c);
            GaussianBlur(channel, channel, exposure.blur(), 0);
            Mat edges = new Mat();
            Canny(channel, edges, 40 / exposure.gain(), 120 / exposure.gain());
            org.bytedeco.opencv.global.opencv_core.bitwise_or(channelEdges, edges, channelEdges);
        }
        dilate(channelEdges, channelEdges, kernel);
        Gradients gradients = Gradients.of(channels);
        collect(framed(channelEdges), RETR_LIST, imageArea, found);
        Mat grayEdges = new Mat();
        Canny(gray, grayEdges, 20 / exposure.gain(), 60 / exposure.gain());
        dilate(grayEdges, grayEdges, kernel);
        collect(framed(grayEdges), RETR_LIST, imageArea, found);
        Mat edgeMap = new Mat();
        org.bytedeco.opencv.global.opencv_core.bitwise_or(channelEdges, grayEdges, edgeMap);
        org.bytedeco.javacpp.indexer.UByteIndexer edges = edgeMap.createIndexer();
        Mat hsv = new Mat();
        cvtColor(small, hsv, COLOR_BGR2HSV);
        Mat yellow = new Mat();
        // Card borders are yellow; a white-balance shift moves the hue, hence the wide band.
        inRange(hsv, new Mat(1, 1, org.bytedeco.opencv.global.opencv_core.CV_8UC3, new Scalar(12, 70, 90, 0)),
                new Mat(1, 1, org.bytedeco.opencv.global.opencv_core.CV_8UC3, new Scalar(40, 255, 255, 0)), yellow);
        morphologyEx(yellow, yellow, MORPH_CLOSE, getStructuringElement(MORPH_RECT, new Size(9, 9)));
        collect(yellow, RETR_EXTERNAL, imageArea, found);

        // A card's outline has edges all along it and a uniform border band just inside it; a
        // rectangle fitted around a card and a background line, or a background shape, has not.
        org.bytedeco.javacpp.indexer.UByteIndexer pixels = small.createIndexer();
        List<Quad> rescored = new ArrayList<>(found.size());
        for (Quad q : found) {
            double support = edgeSupport(q, edges, small.cols(), small.rows());
            double band = borderBandUniformity(q, pixels, small.cols(), small.rows());
            rescored.add(new Quad(q.xy(), q.score() * (0.25 + support) * (0.25 + band)));
        }
        found = rescored;
        found.sort(Comparator.comparingDouble(Quad::score).reversed());
        List<Quad> kept = new ArrayList<>();
        double diagonal = Math.hypot(small.cols(), small.rows());
        for (Quad q : found) {
            if (kept.stream().noneMatch(k -> k.maxCornerDistance(q) < 0.02 * diagonal)) {
                kept.add(q);
            }
            if (kept.size() == maxCandidates) {
                break;
            }
        }
        List<Quad> result = new ArrayList<>(kept.size() * 2);
        for (Quad q : kept) {
            result.add(scaled(q, scale));
            // The edge between the yellow border and the coloured frame is a closed rectangle that
            // background lines never touch; when that is what was found, the card edge lies a
            // known border width further out.
            Quad outer = outerFromInnerFrame(q);
            if (outer.visibleShare(small.cols(), small.rows()) >= FRAME_VISIBLE) {
                result.add(scaled(outer, scale));
            }
        }
        // The artwork box is a closed rectangle of its own; when the card's outer edge is lost
        // against a background of its colour, it is often the best-defined shape left. The card
        // lies a known layout around it, on one side of it or the other: each extrapolation is
        // kept only if the photo shows edges along most of it.
        List<Quad> fromArt = new ArrayList<>();
        for (Quad q : kept) {
            for (int candidate = 0; candidate < 4; candidate++) {
                boolean below = candidate % 2 == 0;
                Quad extrapolated = candidate < 2 ? outerFromBox(q, ART_BOX, below) : outerFromBox(q, TEXT_PANEL, below);
                if (extrapolated.visibleShare(small.cols(), small.rows()) < FRAME_VISIBLE) {
                    continue;
                }
                // A box a pixel off in the photo puts the card edge extrapolated from it several pixels
                // off: the outline snapped to the edges seen is tried as well (not instead: the
                // outermost edge is sometimes a neighbouring card's).
                Quad snapped = gradients.refined(extrapolated);
                for (Quad card : snapped.maxCornerDistance(extrapolated) < 0.01 * diagonal ? List.of(extrapolated)
                        : List.of(extrapolated, snapped)) {
                    if (edgeSupport(card, edges, small.cols(), small.rows()) >= ART_SUPPORT
                            && kept.stream().noneMatch(k -> k.maxCornerDistance(card) < 0.02 * diagonal)) {
                        fromArt.add(scaled(card, scale));
                    }
                }
            }
        }
        result.addAll(fromArt);
        Supplier<List<Quad>> fromStraightEdges = () -> StraightEdgeOutlines.outlines(edgeMap, STRAIGHT_EDGE_OUTLINES, 0.02 * diagonal)
                .stream().map(q -> scaled(gradients.refined(q), scale)).toList();
        return new Outlines(result, fromStraightEdges);
    }

    /**
     * How the edge search adapts to an underexposed photo: the card's edges are steps that shrink
     * with the exposure, while a dark photo's sensor noise does not. The Canny thresholds are
     * divided by {@code gain} (the steps of the photo as if it were normally exposed) and the
     * pre-blur grows from 5 x 5 to 7 x 7 so that the lower thresholds still sit above the noise
     * (lowering the thresholds alone outlines the grain and finds fewer cards than before).
     * A normally lit photo is searched exactly as before: gain 1, 5 x 5.
     */
    record EdgeExposure(double gain, Size blur) {

        /** 90th percentile grey level from which a photo counts as normally exposed. */
        static final int NORMAL_BRIGHT_LEVEL = 150;
        /** The largest gain: beyond it the thresholds would reach the grain of the darkest photos. */
        static final double MAX_GAIN = 2;

        static EdgeExposure of(Mat gray) {
            int bright = brightLevel(gray);
            if (bright >= NORMAL_BRIGHT_LEVEL) {
                return new EdgeExposure(1, new Size(5, 5));
            }
            return new EdgeExposure(Math.min(MAX_GAIN, NORMAL_BRIGHT_LEVEL / (double) Math.max(1, bright)), new Size(7, 7));
        }

        /**
         * The grey level that 10 % of the pixels reach: the light parts of the scene (the card's
         * white and yellow areas), which the exposure scales, unlike the mean, which the
         * background's colour decides as much.
         */
        static int brightLevel(Mat gray) {
            byte[] pixels = Mats.bytes(gray);
            int[] histogram = new int[256];
            for (byte p : pixels) {
                histogram[p & 0xFF]++;
            }
            int needed = Math.max(1, pixels.length / 10);
            int level = 255;
            for (int reached = histogram[level]; reached < needed && level > 0; reached += histogram[level]) {
                level--;
            }
            return level;
        }
    }

    private static Quad scaled(Quad q, double scale) {
        double[] xy = q.xy();
        for (int i = 0; i < 8; i++) {
            xy[i] /= scale;
        }
        return new Quad(xy, q.score());
    }

    /** Share of the shorter side an extrapolated side may move when snapped to the edges seen. */
    private static final double SNAP_REACH = 0.05;
    /** Gradient (3 x 3 Sobel across the side, strongest colour channel) of an edge worth snapping to. */
    private static final int SNAP_GRADIENT = 40;
    /** Degrees a snapped side may turn from the extrapolated one (the layout's boxes give the direction well). */
    private static final double SNAP_TURN = 4;
    /** Distance (working pixels) from a fitted side within which a snapped point agrees with it. */
    private static final double SNAP_TOLERANCE = 1.5;

    /**
     * The colour channels' gradients of the working image, to move an outline that was extrapolated
     * (from the artwork box or the text panel) onto the card's edges: a layout box a pixel off in
     * the photo puts the edge extrapolated from it several pixels off.
     */
    record Gradients(List<org.bytedeco.javacpp.indexer.ShortIndexer> dx,
                     List<org.bytedeco.javacpp.indexer.ShortIndexer> dy, int width, int height) {

        static Gradients of(MatVector channels) {
            List<org.bytedeco.javacpp.indexer.ShortIndexer> dx = new ArrayList<>();
            List<org.bytedeco.javacpp.indexer.ShortIndexer> dy = new ArrayList<>();
            for (long c = 0; c < channels.size(); c++) {
                Mat gx = new Mat();
                Mat gy = new Mat();
                org.bytedeco.opencv.global.opencv_imgproc.Sobel(channels.get(c), gx,
                        org.bytedeco.opencv.global.opencv_core.CV_16S, 1, 0);
                org.bytedeco.opencv.global.opencv_imgproc.Sobel(channels.get(c), gy,
                        org.bytedeco.opencv.global.opencv_core.CV_16S, 0, 1);
                dx.add(gx.createIndexer());
                dy.add(gy.createIndexer());
            }
            return new Gradients(dx, dy, channels.get(0).cols(), channels.get(0).rows());
        }

        /** The strongest channel's gradient across direction (nx, ny) at a pixel. */
        private int across(int x, int y, double nx, double ny) {
            double strongest = 0;
            for (int c = 0; c < dx.size(); c++) {
                strongest = Math.max(strongest, Math.abs(dx.get(c).get(y, x) * nx + dy.get(c).get(y, x) * ny));
            }
            return (int) strongest;
        }

        /**
         * The quad with each side moved onto the straight edge most of its points find within reach
         * across it; a side without such an edge (out of the photo, or nothing straight there) stays.
         */
        Quad refined(Quad q) {
            double shorter = q.shorterSide();
            int reach = (int) Math.max(3, Math.round(SNAP_REACH * shorter));
            double[][] sides = new double[4][];
            boolean moved = false;
            for (int e = 0; e < 4; e++) {
                int f = (e + 1) % 4;
                sides[e] = new double[]{q.x(e), q.y(e), q.x(f), q.y(f)};
                double[] fitted = snappedSide(sides[e], reach);
                if (fitted != null) {
                    sides[e] = fitted;
                    moved = true;
                }
            }
            if (!moved) {
                return q;
            }
            double[] xy = new double[8];
            for (int i = 0; i < 4; i++) {
                double[] corner = intersection(sides[(i + 3) % 4], sides[i]);
                if (corner == null || Math.hypot(corner[0] - q.x(i), corner[1] - q.y(i)) > 3 * reach) {
                    return q;
                }
                xy[2 * i] = corner[0];
                xy[2 * i + 1] = corner[1];
            }
            return new Quad(xy, q.score());
        }

        /** The line (as two points) through the strongest edge points across a side, or null without a straight edge. */
        private double[] snappedSide(double[] side, int reach) {
            double dxs = side[2] - side[0];
            double dys = side[3] - side[1];
            double length = Math.hypot(dxs, dys);
            if (length < 1e-9) {
                return null;
            }
            double nx = -dys / length;
            double ny = dxs / length;
            int samples = 24;
            List<double[]> points = new ArrayList<>();
            int inPhoto = 0;
            for (int k = 0; k < samples; k++) {
                double t = 0.1 + 0.8 * k / (samples - 1.0);
                double px = side[0] + t * dxs;
                double py = side[1] + t * dys;
                if (px < 1 || py < 1 || px >= width - 1 || py >= height - 1) {
                    continue;
                }
                inPhoto++;
                int[] strength = new int[2 * reach + 1];
                int strongest = 0;
                for (int o = -reach; o <= reach; o++) {
                    int x = (int) Math.round(px + o * nx);
                    int y = (int) Math.round(py + o * ny);
                    if (x >= 1 && y >= 1 && x < width - 1 && y < height - 1) {
                        strength[o + reach] = across(x, y, nx, ny);
                        strongest = Math.max(strongest, strength[o + reach]);
                    }
                }
                if (strongest < SNAP_GRADIENT) {
                    continue;
                }
                // Every clear local maximum across the side: the card's edge, the border's inner edge
                // just inside it and a shadow's edge just outside all compete, and the straight line
                // most samples agree on (weighed by their gradients) decides between them.
                for (int o = -reach; o <= reach; o++) {
                    int g = strength[o + reach];
                    boolean peak = (o == -reach || g > strength[o + reach - 1]) && (o == reach || g >= strength[o + reach + 1]);
                    if (peak && 2 * g >= strongest) {
                        points.add(new double[]{px + o * nx, py + o * ny, k, g});
                    }
                }
            }
            if (inPhoto < samples / 2) {
                return null;
            }
            // Every straight line through two samples' peaks near the side's direction, with the
            // samples agreeing with it (one peak each) and their gradients.
            List<double[]> lines = new ArrayList<>();
            double bestWeight = 0;
            double bestCount = 0;
            for (int i = 0; i < points.size(); i++) {
                for (int j = i + 1; j < points.size(); j++) {
                    double[] a = points.get(i);
                    double[] b = points.get(j);
                    double lx = b[0] - a[0];
                    double ly = b[1] - a[1];
                    double l = Math.hypot(lx, ly);
                    if (a[2] == b[2] || l < 0.25 * length || Math.abs(lx * nx + ly * ny) / l > Math.sin(Math.toRadians(SNAP_TURN))) {
                        continue;
                    }
                    int count = 0;
                    double weight = 0;
                    double lastSample = -1;
                    for (double[] p : points) {
                        // Points come ordered by sample: one per sample counts.
                        if (p[2] != lastSample && Math.abs((p[0] - a[0]) * ly - (p[1] - a[1]) * lx) / l <= SNAP_TOLERANCE) {
                            count++;
                            weight += p[3];
                            lastSample = p[2];
                        }
                    }
                    if (count >= Math.max(6, inPhoto / 2)) {
                        // How far out the line lies: the offset along the inward normal at the side's middle.
                        double inward = ((a[0] + b[0]) / 2 - (side[0] + side[2]) / 2) * nx + ((a[1] + b[1]) / 2 - (side[1] + side[3]) / 2) * ny;
                        lines.add(new double[]{a[0], a[1], b[0], b[1], count, weight, inward});
                        bestWeight = Math.max(bestWeight, weight);
                        bestCount = Math.max(bestCount, count);
                    }
                }
            }
            // The card's edge is the outermost of the well-supported lines: the border's inner edge
            // just inside it is often the stronger one.
            double[] bestLine = null;
            for (double[] line : lines) {
                if (2 * line[5] >= bestWeight && line[4] >= 0.7 * bestCount && (bestLine == null || line[6] < bestLine[6] - SNAP_TOLERANCE
                        || Math.abs(line[6] - bestLine[6]) <= SNAP_TOLERANCE && line[5] > bestLine[5])) {
                    bestLine = line;
                }
            }
            if (bestLine == null) {
                return null;
            }
            return fittedLine(points, bestLine);
        }

        /** Least-squares line (principal axis) through the points within tolerance of {@code line}. */
        private static double[] fittedLine(List<double[]> points, double[] line) {
            double lx = line[2] - line[0];
            double ly = line[3] - line[1];
            double l = Math.hypot(lx, ly);
            double sx = 0;
            double sy = 0;
            int n = 0;
            List<double[]> inliers = new ArrayList<>();
            for (double[] p : points) {
                if (Math.abs((p[0] - line[0]) * ly - (p[1] - line[1]) * lx) / l <= SNAP_TOLERANCE) {
                    inliers.add(p);
                    sx += p[0];
                    sy += p[1];
                    n++;
                }
            }
            double mx = sx / n;
            double my = sy / n;
            double sxx = 0;
            double syy = 0;
            double sxy = 0;
            for (double[] p : inliers) {
                sxx += (p[0] - mx) * (p[0] - mx);
                syy += (p[1] - my) * (p[1] - my);
                sxy += (p[0] - mx) * (p[1] - my);
            }
            double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
            return new double[]{mx, my, mx + Math.cos(angle) * l, my + Math.sin(angle) * l};
        }
    }

    /**
     * A copy of an edge map with the photo's own edge drawn in: the outline of a card running past
     * the photo's edge is an open curve ending there, which only the frame closes into a contour
     * (the hull then follows the frame, and {@link #completeSides} finds the hidden corners).
     */
    private static Mat framed(Mat edges) {
        Mat closed = edges.clone();
        org.bytedeco.opencv.global.opencv_imgproc.rectangle(closed, new org.bytedeco.opencv.opencv_core.Point(0, 0),
                new org.bytedeco.opencv.opencv_core.Point(edges.cols() - 1, edges.rows() - 1), new Scalar(255), 1, 8, 0);
        return closed;
    }

    /**
     * Share of an outline extrapolated outwards (from the border's inner edge, the artwork box or the
     * text panel) that must lie in the photo: a card cut off by the photo's edge only a little.
     */
    private static final double FRAME_VISIBLE = 0.9;

    /** Share of edge support an outline extrapolated from the artwork box or text panel needs. */
    private static final double ART_SUPPORT = 0.6;

    /**
     * Share of points in the middle of the border band (2 % of the card width inside the outline)
     * whose colour lies near the band's median colour.
     */
    static double borderBandUniformity(Quad q, org.bytedeco.javacpp.indexer.UByteIndexer bgr, int w, int h) {
        double inset = Math.max(1.5, 0.02 * q.shorterSide());
        int[][] samples = new int[64][];
        int n = 0;
        for (int e = 0; e < 4; e++) {
            int f = (e + 1) % 4;
            double dx = q.x(f) - q.x(e);
            double dy = q.y(f) - q.y(e);
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            double nx = -dy / length;
            double ny = dx / length;
            for (int k = 0; k < 16; k++) {
                double t = 0.1 + 0.8 * k / 15.0;
                int x = (int) Math.round(q.x(e) + t * dx + inset * nx);
                int y = (int) Math.round(q.y(e) + t * dy + inset * ny);
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    samples[n++] = new int[]{bgr.get(y, x, 0), bgr.get(y, x, 1), bgr.get(y, x, 2)};
                }
            }
        }
        if (n < 32) {
            return 0;
        }
        int[] median = new int[3];
        for (int c = 0; c < 3; c++) {
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = samples[i][c];
            }
            java.util.Arrays.sort(values);
            median[c] = values[n / 2];
        }
        int near = 0;
        for (int i = 0; i < n; i++) {
            int d = Math.abs(samples[i][0] - median[0]) + Math.abs(samples[i][1] - median[1])
                    + Math.abs(samples[i][2] - median[2]);
            if (d <= 60) {
                near++;
            }
        }
        return near / 64.0;
    }

    /** Samples along an outline (of 92) that must lie in the photo for its edge support to count. */
    private static final int MIN_SUPPORT_SAMPLES = 46;

    /**
     * Share of the points along the quad's edges (corners left out) and inside the photo with an
     * edge pixel within two pixels across the line.
     */
    static double edgeSupport(Quad q, org.bytedeco.javacpp.indexer.UByteIndexer edges, int w, int h) {
        int supported = 0;
        int total = 0;
        for (int e = 0; e < 4; e++) {
            int f = (e + 1) % 4;
            double dx = q.x(f) - q.x(e);
            double dy = q.y(f) - q.y(e);
            double length = Math.hypot(dx, dy);
            double nx = -dy / Math.max(1e-9, length);
            double ny = dx / Math.max(1e-9, length);
            for (int k = 1; k < 24; k++) {
                double t = 0.08 + 0.84 * k / 24.0;
                double px = q.x(e) + t * dx;
                double py = q.y(e) + t * dy;
                if (px < 0 || py < 0 || px >= w || py >= h) {
                    // Past the photo's edge: neither evidence for the outline nor against it.
                    continue;
                }
                total++;
                for (int o = -2; o <= 2; o++) {
                    int x = (int) Math.round(px + o * nx);
                    int y = (int) Math.round(py + o * ny);
                    if (x >= 0 && y >= 0 && x < w && y < h && edges.get(y, x) != 0) {
                        supported++;
                        break;
                    }
                }
            }
        }
        return total < MIN_SUPPORT_SAMPLES ? 0 : supported / (double) total;
    }

    /**
     * The card outline if {@code art} is the artwork box; {@code below} says on which side of the
     * box's first long edge the card's text half lies.
     */
    static Quad outerFromArtBox(Quad art, boolean below) {
        return outerFromBox(art, ART_BOX, below);
    }

    /** The artwork box in card millimetres (see {@code CardLayout.ART}). */
    private static final java.awt.geom.Rectangle2D.Double ART_BOX = new java.awt.geom.Rectangle2D.Double(
            0.085 * 63, 0.115 * 88, (0.915 - 0.085) * 63, (0.50 - 0.115) * 88);
    /** The pale text panel in card millimetres: the text region plus its 3 px margin at 315 px wide. */
    private static final java.awt.geom.Rectangle2D.Double TEXT_PANEL = new java.awt.geom.Rectangle2D.Double(
            0.0705 * 63, 0.543 * 88, (0.9295 - 0.0705) * 63, (0.955 - 0.543) * 88);

    /**
     * The card outline if {@code art} is the landscape box {@code box} (card millimetres) of the
     * layout; {@code below} says on which side of the box's first long edge the card's bottom lies.
     */
    static Quad outerFromBox(Quad art, java.awt.geom.Rectangle2D.Double box, boolean below) {
        // Photo corners of the box, starting so that corners 0-1 run along a long side.
        int start = art.aspect() >= 1 ? 0 : 1;
        double[][] photo = new double[4][];
        for (int i = 0; i < 4; i++) {
            int c = (start + i) % 4;
            photo[i] = new double[]{art.x(c), art.y(c)};
        }
        if (!below) {
            // The other long side on top: rotate the correspondence by half a turn.
            photo = new double[][]{photo[2], photo[3], photo[0], photo[1]};
        }
        double[][] layout = {{box.x, box.y}, {box.x + box.width, box.y}, {box.x + box.width, box.y + box.height},
                {box.x, box.y + box.height}};
        double[][] card = {{0, 0}, {63, 0}, {63, 88}, {0, 88}};
        return new Quad(mapThrough(layout, photo, card), art.score() * 0.8);
    }

    /** Maps {@code points} by the homography taking {@code from} onto {@code to}. */
    private static double[] mapThrough(double[][] from, double[][] to, double[][] points) {
        Mat src = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        Mat dst = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        org.bytedeco.javacpp.indexer.FloatIndexer s = src.createIndexer();
        org.bytedeco.javacpp.indexer.FloatIndexer d = dst.createIndexer();
        for (int i = 0; i < 4; i++) {
            s.put(i, 0, 0, (float) from[i][0]);
            s.put(i, 0, 1, (float) from[i][1]);
            d.put(i, 0, 0, (float) to[i][0]);
            d.put(i, 0, 1, (float) to[i][1]);
        }
        Mat homography = org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform(src, dst);
        org.bytedeco.javacpp.indexer.DoubleIndexer m = homography.createIndexer();
        double[] xy = new double[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            double x = points[i][0];
            double y = points[i][1];
            double z = m.get(2, 0) * x + m.get(2, 1) * y + m.get(2, 2);
            xy[2 * i] = (m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2)) / z;
            xy[2 * i + 1] = (m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2)) / z;
        }
        return xy;
    }

    /** The card outline if {@code inner} is the inner edge of the yellow border. */
    static Quad outerFromInnerFrame(Quad inner) {
        boolean portrait = inner.aspect() < 1;
        double w = portrait ? 63 : 88;
        double h = portrait ? 88 : 63;
        double b = BORDER_MM;
        Mat src = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        Mat dst = new Mat(4, 1, org.bytedeco.opencv.global.opencv_core.CV_32FC2);
        org.bytedeco.javacpp.indexer.FloatIndexer s = src.createIndexer();
        org.bytedeco.javacpp.indexer.FloatIndexer d = dst.createIndexer();
        double[][] innerCorners = {{b, b}, {w - b, b}, {w - b, h - b}, {b, h - b}};
        for (int i = 0; i < 4; i++) {
            s.put(i, 0, 0, (float) innerCorners[i][0]);
            s.put(i, 0, 1, (float) innerCorners[i][1]);
            d.put(i, 0, 0, (float) inner.x(i));
            d.put(i, 0, 1, (float) inner.y(i));
        }
        Mat homography = org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform(src, dst);
        org.bytedeco.javacpp.indexer.DoubleIndexer m = homography.createIndexer();
        double[][] outerCorners = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            double x = outerCorners[i][0];
            double y = outerCorners[i][1];
            double z = m.get(2, 0) * x + m.get(2, 1) * y + m.get(2, 2);
            xy[2 * i] = (m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2)) / z;
            xy[2 * i + 1] = (m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2)) / z;
        }
        return new Quad(xy, inner.score() * 0.9);
    }

    private static void collect(Mat binary, int mode, double imageArea, List<Quad> out) {
        MatVector contours = new MatVector();
        findContours(binary, contours, new Mat(), mode, CHAIN_APPROX_SIMPLE);
        for (long i = 0; i < contours.size(); i++) {
            Mat contour = contours.get(i);
            double area = Math.abs(contourArea(contour));
            if (area < 0.04 * imageArea) {
                continue;
            }
            Mat hull = new Mat();
            convexHull(contour, hull);
            double hullArea = contourArea(hull);
            double perimeter = arcLength(hull, true);
            boolean polygonFound = false;
            for (double epsilon : new double[]{0.02, 0.04}) {
                Mat approx = new Mat();
                approxPolyDP(hull, approx, epsilon * perimeter, true);
                if (approx.rows() == 4) {
                    double[] xy = new double[8];
                    IntIndexer idx = approx.createIndexer();
                    for (int k = 0; k < 4; k++) {
                        xy[2 * k] = idx.get(k, 0, 0);
                        xy[2 * k + 1] = idx.get(k, 0, 1);
                    }
                    Quad polygon = new Quad(xy, 0);
                    if (sidesAlongFrame(polygon, binary.cols(), binary.rows()) < 2) {
                        addIfCardLike(polygon, area / Math.max(1, hullArea), imageArea, out);
                    }
                    polygonFound = true;
                    break;
                }
            }
            if (!polygonFound || touchesBorder(hull, binary.cols(), binary.rows())) {
                completed(hull, binary.cols(), binary.rows(), area / Math.max(1, hullArea), imageArea, out);
            }
            if (!polygonFound) {
                RotatedRect box = minAreaRect(hull);
                Point2f corners = new Point2f(4);
                box.points(corners);
                double[] xy = new double[8];
                for (int k = 0; k < 4; k++) {
                    xy[2 * k] = corners.position(k).x();
                    xy[2 * k + 1] = corners.position(k).y();
                }
                corners.position(0);
                double boxArea = box.size().width() * (double) box.size().height();
                Quad fitted = new Quad(xy, 0);
                if (sidesAlongFrame(fitted, binary.cols(), binary.rows()) < 2) {
                    // A rectangle fitted around a ragged contour is a weaker proposal.
                    addIfCardLike(fitted, 0.8 * hullArea / Math.max(1, boxArea), imageArea, out);
                }
            }
        }
    }

    /** Hull points this close (working pixels) to the photo's edge lie on it. */
    private static final int EDGE_TOLERANCE = 3;
    /** Score factor of an outline whose corners were completed rather than seen. */
    private static final double COMPLETED_PENALTY = 0.85;

    /**
     * Sides of a quad that run along the photo's edge. A region the frame cuts off the background
     * (two or more such sides) is no card; a card cut off by the frame is completed instead.
     */
    static int sidesAlongFrame(Quad q, int w, int h) {
        int along = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            if ((onBorder(q.x(i), q.y(i), w, h) & onBorder(q.x(j), q.y(j), w, h)) != 0) {
                along++;
            }
        }
        return along;
    }

    private static boolean touchesBorder(Mat hull, int w, int h) {
        IntIndexer idx = hull.createIndexer();
        for (int k = 0; k < hull.rows(); k++) {
            if (onBorder(idx.get(k, 0, 0), idx.get(k, 0, 1), w, h) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Bit mask of the photo sides (1 left, 2 top, 4 right, 8 bottom) a point lies on. */
    private static int onBorder(double x, double y, int w, int h) {
        return (x <= EDGE_TOLERANCE ? 1 : 0) | (y <= EDGE_TOLERANCE ? 2 : 0)
                | (x >= w - 1 - EDGE_TOLERANCE ? 4 : 0) | (y >= h - 1 - EDGE_TOLERANCE ? 8 : 0);
    }

    /**
     * Outlines completed from the straight sides of a hull that is not itself a quadrilateral: a
     * card running past the photo's edge (the hull follows the edge there) or with a thumb over a
     * corner. The long hull edges off the photo's edge are the card's sides; with four of them the
     * hidden corners are where neighbouring sides meet (as perspective places them), with three the
     * missing side is put where the card's 63:88 proportions put it, in either orientation of the
     * side seen whole, as long as that side is then out of the photo (else it would have been seen).
     */
    static List<Quad> completeSides(double[][] polygon, int w, int h) {
        int n = polygon.length;
        double perimeter = 0;
        for (int i = 0; i < n; i++) {
            perimeter += distance(polygon[i], polygon[(i + 1) % n]);
        }
        List<double[]> sides = new ArrayList<>();
        List<Boolean> directAfter = new ArrayList<>();
        // Start right after an edge that is not a side, so that no side is split at the start.
        int start = -1;
        for (int i = 0; i < n && start < 0; i++) {
            if (!isSide(polygon[i], polygon[(i + 1) % n], perimeter, w, h)) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return List.of();
        }
        double gap = 0;
        boolean borderGap = false;
        double leadingGap = 0;
        boolean leadingBorder = false;
        for (int k = 0; k < n; k++) {
            double[] a = polygon[(start + k) % n];
            double[] b = polygon[(start + k + 1) % n];
            if (isSide(a, b, perimeter, w, h)) {
                if (sides.isEmpty()) {
                    leadingGap = gap;
                    leadingBorder = borderGap;
                } else {
                    directAfter.set(sides.size() - 1, !borderGap && gap < CORNER_GAP * perimeter);
                }
                sides.add(new double[]{a[0], a[1], b[0], b[1]});
                directAfter.add(false);
                gap = 0;
                borderGap = false;
            } else {
                gap += distance(a, b);
                borderGap |= (onBorder(a[0], a[1], w, h) & onBorder(b[0], b[1], w, h)) != 0;
            }
        }
        if (!sides.isEmpty()) {
            // The way round from the last side back to the first.
            directAfter.set(sides.size() - 1, !borderGap && !leadingBorder && gap + leadingGap < CORNER_GAP * perimeter);
        }
        if (sides.size() == 3) {
            // Put the side seen whole (a corner met directly at both its ends) in the middle.
            for (int m = 0; m < 3; m++) {
                if (directAfter.get((m + 2) % 3) && directAfter.get(m) && !directAfter.get((m + 1) % 3)) {
                    sides = List.of(sides.get((m + 2) % 3), sides.get(m), sides.get((m + 1) % 3));
                    directAfter = List.of(true, true, false);
                    break;
                }
            }
        }
        List<Quad> completed = new ArrayList<>();
        if (sides.size() == 4 && directAfter.contains(false)) {
            double[] xy = new double[8];
            for (int i = 0; i < 4; i++) {
                double[] corner = intersection(sides.get(i), sides.get((i + 1) % 4));
                if (corner == null) {
                    return List.of();
                }
                xy[2 * i] = corner[0];
                xy[2 * i + 1] = corner[1];
            }
            completed.add(new Quad(xy, 0));
        } else if (sides.size() == 3 && directAfter.get(0) && directAfter.get(1)) {
            double[] c1 = intersection(sides.get(0), sides.get(1));
            double[] c2 = intersection(sides.get(1), sides.get(2));
            if (c1 == null || c2 == null) {
                return List.of();
            }
            double[] towardsA = away(sides.get(0), c1);
            double[] towardsB = away(sides.get(2), c2);
            double seen = Math.max(towardsA[2], towardsB[2]);
            double whole = distance(c1, c2);
            for (double length : new double[]{whole * 88 / 63, whole * 63 / 88}) {
                if (length < 0.95 * seen) {
                    continue;
                }
                Quad quad = new Quad(new double[]{c1[0], c1[1], c2[0], c2[1], c2[0] + length * towardsB[0],
                        c2[1] + length * towardsB[1], c1[0] + length * towardsA[0], c1[1] + length * towardsA[1]}, 0);
                if (!quad.insidePhoto(w, h)) {
                    completed.add(quad);
                }
            }
        }
        // A completion far outside the photo is a guess about a card mostly not in it.
        completed.removeIf(q -> q.visibleShare(w, h) < MIN_VISIBLE);
        return completed;
    }

    /** Share of the hull's perimeter an edge needs to count as a card side. */
    private static final double SIDE_SHARE = 0.06;
    /** Share of the perimeter the hull may spend rounding a corner between two sides that meet there. */
    private static final double CORNER_GAP = 0.05;
    /** Share of a completed outline that must lie in the photo. */
    private static final double MIN_VISIBLE = 0.75;

    private static boolean isSide(double[] a, double[] b, double perimeter, int w, int h) {
        boolean alongEdge = (onBorder(a[0], a[1], w, h) & onBorder(b[0], b[1], w, h)) != 0;
        return !alongEdge && distance(a, b) >= SIDE_SHARE * perimeter;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** The unit direction along {@code side} away from {@code corner}, and how far the side reaches. */
    private static double[] away(double[] side, double[] corner) {
        double d0 = Math.hypot(side[0] - corner[0], side[1] - corner[1]);
        double d1 = Math.hypot(side[2] - corner[0], side[3] - corner[1]);
        double fx = d0 > d1 ? side[0] : side[2];
        double fy = d0 > d1 ? side[1] : side[3];
        double length = Math.max(1e-9, Math.hypot(fx - corner[0], fy - corner[1]));
        return new double[]{(fx - corner[0]) / length, (fy - corner[1]) / length, length};
    }

    /** Where the lines through two segments cross; null when they are within 30 degrees of parallel. */
    private static double[] intersection(double[] s, double[] t) {
        double dx1 = s[2] - s[0];
        double dy1 = s[3] - s[1];
        double dx2 = t[2] - t[0];
        double dy2 = t[3] - t[1];
        double cross = dx1 * dy2 - dy1 * dx2;
        if (Math.abs(cross) < Math.sin(Math.toRadians(30)) * Math.hypot(dx1, dy1) * Math.hypot(dx2, dy2)) {
            return null;
        }
        double u = ((t[0] - s[0]) * dy2 - (t[1] - s[1]) * dx2) / cross;
        return new double[]{s[0] + u * dx1, s[1] + u * dy1};
    }

    private static void completed(Mat hull, int w, int h, double fill, double imageArea, List<Quad> out) {
        Mat approx = new Mat();
        approxPolyDP(hull, approx, 0.01 * arcLength(hull, true), true);
        if (approx.rows() < 4 || approx.rows() > 12) {
            return;
        }
        IntIndexer idx = approx.createIndexer();
        double[][] polygon = new double[approx.rows()][];
        for (int k = 0; k < polygon.length; k++) {
            polygon[k] = new double[]{idx.get(k, 0, 0), idx.get(k, 0, 1)};
        }
        for (Quad quad : completeSides(polygon, w, h)) {
            addIfCardLike(quad, COMPLETED_PENALTY * Math.min(1, fill), imageArea, out);
        }
    }

    private static void addIfCardLike(Quad raw, double fill, double imageArea, List<Quad> out) {
        double aspect = raw.aspect();
        double portrait = aspect > 1 ? 1 / aspect : aspect;
        double aspectError = Math.abs(Math.log(portrait / CARD_ASPECT));
        double areaShare = raw.area() / imageArea;
        if (aspectError > 0.45 || areaShare < 0.04 || areaShare > 0.98) {
            return;
        }
        double score = Math.min(1, fill) * Math.exp(-aspectError * 4) * Math.sqrt(areaShare);
        out.add(new Quad(raw.xy(), score));
    }
}
