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
 * completed, so such an outline may run past the photo's edge.
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

    /** Card-like quadrilaterals in photo coordinates, most plausible first; possibly none. */
    public List<Quad> detect(Mat bgr) {
        double scale = Math.min(1.0, WORK_SIZE / (double) Math.max(bgr.cols(), bgr.rows()));
        Mat small = new Mat();
        resize(bgr, small, new Size((int) Math.round(bgr.cols() * scale), (int) Math.round(bgr.rows() * scale)),
                0, 0, INTER_AREA);
        Mat gray = new Mat();
        cvtColor(small, gray, COLOR_BGR2GRAY);
        GaussianBlur(gray, gray, new Size(5, 5), 0);
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
            GaussianBlur(channel, channel, new Size(5, 5), 0);
            Mat edges = new Mat();
            Canny(channel, edges, 40, 120);
            org.bytedeco.opencv.global.opencv_core.bitwise_or(channelEdges, edges, channelEdges);
        }
        dilate(channelEdges, channelEdges, kernel);
        collect(channelEdges, RETR_LIST, imageArea, found);
        Mat grayEdges = new Mat();
        Canny(gray, grayEdges, 20, 60);
        dilate(grayEdges, grayEdges, kernel);
        collect(grayEdges, RETR_LIST, imageArea, found);
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
            double[] xy = q.xy();
            for (int i = 0; i < 8; i++) {
                xy[i] /= scale;
            }
            Quad full = new Quad(xy, q.score());
            result.add(full);
            // The edge between the yellow border and the coloured frame is a closed rectangle that
            // background lines never touch; when that is what was found, the card edge lies a
            // known border width further out.
            Quad outer = outerFromInnerFrame(full);
            if (outer.visibleShare(bgr.cols(), bgr.rows()) >= FRAME_VISIBLE) {
                result.add(outer);
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
                Quad card = candidate < 2 ? outerFromBox(q, ART_BOX, below) : outerFromBox(q, TEXT_PANEL, below);
                if (card.visibleShare(small.cols(), small.rows()) >= FRAME_VISIBLE && edgeSupport(card, edges, small.cols(), small.rows()) >= ART_SUPPORT
                        && kept.stream().noneMatch(k -> k.maxCornerDistance(card) < 0.02 * diagonal)) {
                    double[] xy = card.xy();
                    for (int i = 0; i < 8; i++) {
                        xy[i] /= scale;
                    }
                    fromArt.add(new Quad(xy, card.score()));
                }
            }
        }
        result.addAll(fromArt);
        return result;
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
        double width = (Math.hypot(q.x(1) - q.x(0), q.y(1) - q.y(0)) + Math.hypot(q.x(3) - q.x(2), q.y(3) - q.y(2))) / 2;
        double height = (Math.hypot(q.x(2) - q.x(1), q.y(2) - q.y(1)) + Math.hypot(q.x(0) - q.x(3), q.y(0) - q.y(3))) / 2;
        double inset = Math.max(1.5, 0.02 * Math.min(width, height));
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
                    addIfCardLike(new Quad(xy, 0), area / Math.max(1, hullArea), imageArea, out);
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
                // A rectangle fitted around a ragged contour is a weaker proposal.
                addIfCardLike(new Quad(xy, 0), 0.8 * hullArea / Math.max(1, boxArea), imageArea, out);
            }
        }
    }

    /** Hull points this close (working pixels) to the photo's edge lie on it. */
    private static final int EDGE_TOLERANCE = 3;
    /** Score factor of an outline whose corners were completed rather than seen. */
    private static final double COMPLETED_PENALTY = 0.85;

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
