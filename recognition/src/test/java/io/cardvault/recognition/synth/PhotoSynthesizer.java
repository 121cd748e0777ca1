package io.cardvault.recognition.synth;

import io.cardvault.recognition.engine.Mats;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import static org.bytedeco.opencv.global.opencv_core.BORDER_TRANSPARENT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_core.setRNGSeed;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_SAMPLING_FACTOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_SAMPLING_FACTOR_420;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.filter2D;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

/**
 * Turns a rendered card face into a phone-like photo. Deterministic for a given {@link Random}
 * state, so a fixed seed reproduces a whole benchmark run.
 */
public final class PhotoSynthesizer {

    /** What a combined condition draws its two extras from (besides the clipped corner). */
    private static final List<CaptureCondition> COMBINABLE = List.of(CaptureCondition.STEEP_ANGLE,
            CaptureCondition.THUMB, CaptureCondition.SLEEVE, CaptureCondition.NEIGHBOUR, CaptureCondition.SHADOW_CAST,
            CaptureCondition.LOW_LIGHT, CaptureCondition.HEAVY_JPEG);
    private static final List<String> SIDES = List.of("left", "right", "top", "bottom");
    /** Pixels kept free between a framed card and the photo edge. */
    private static final double MARGIN = 6;

    private final PhotoSettings settings;
    private final Function<Random, BufferedImage> neighbours;

    /** Neighbouring cards lie face down (a card back) unless faces are given. */
    public PhotoSynthesizer(PhotoSettings settings) {
        this(settings, random -> SceneEffects.cardBack(630, 880));
    }

    /**
     * @param neighbours the face of a neighbouring card, drawn with the photo's {@link Random}
     *                   (the benchmark renders another catalogue card)
     */
    public PhotoSynthesizer(PhotoSettings settings, Function<Random, BufferedImage> neighbours) {
        this.settings = settings;
        this.neighbours = neighbours;
    }

    /** A framed phone photo (the card whole in frame) with the base effects of the settings. */
    public SyntheticPhoto generate(BufferedImage face, Random random) {
        int w = settings.width();
        int h = settings.height();
        BufferedImage background = clutter(random, w, h);
        int turns = random.nextDouble() < settings.quarterTurnChance() ? 1 + random.nextInt(3) : 0;
        double tilt = (random.nextDouble() * 2 - 1) * settings.maxRotationDegrees();
        double share = settings.minCardShare() + random.nextDouble() * (settings.maxCardShare() - settings.minCardShare());
        double cardH = share * Math.min(w, h);
        double cardW = cardH * 63.0 / 88.0;
        double angle = Math.toRadians(tilt + 90 * turns);
        // Bounding radius of the rotated card keeps it inside the frame.
        double halfW = (Math.abs(Math.cos(angle)) * cardW + Math.abs(Math.sin(angle)) * cardH) / 2;
        double halfH = (Math.abs(Math.sin(angle)) * cardW + Math.abs(Math.cos(angle)) * cardH) / 2;
        // The whole card stays in frame, corner jitter included: users frame the card they scan
        // (the outline route exists to tell them to). A large card tilted far does not fit at the
        // drawn size: it is drawn smaller, as a user steps back until the whole card shows.
        double margin = 6 + settings.maxPerspective() * cardW * 1.5;
        for (int pass = 0; pass < 2; pass++) {
            double fit = Math.min(1, Math.min((w - 2 * margin) / (2 * halfW), (h - 2 * margin) / (2 * halfH)));
            cardW *= fit;
            cardH *= fit;
            halfW *= fit;
            halfH *= fit;
            margin = 6 + settings.maxPerspective() * cardW * 1.5;
        }
        double cx = halfW + margin + random.nextDouble() * Math.max(0, w - 2 * halfW - 2 * margin);
        double cy = halfH + margin + random.nextDouble() * Math.max(0, h - 2 * halfH - 2 * margin);
        double[][] local = {{-cardW / 2, -cardH / 2}, {cardW / 2, -cardH / 2}, {cardW / 2, cardH / 2}, {-cardW / 2, cardH / 2}};
        double[] corners = new double[8];
        for (int i = 0; i < 4; i++) {
            double jx = (random.nextDouble() * 2 - 1) * settings.maxPerspective() * cardW;
            double jy = (random.nextDouble() * 2 - 1) * settings.maxPerspective() * cardW;
            double x = local[i][0] + jx;
            double y = local[i][1] + jy;
            corners[2 * i] = cx + x * Math.cos(angle) - y * Math.sin(angle);
            corners[2 * i + 1] = cy + x * Math.sin(angle) + y * Math.cos(angle);
        }
        Camera camera;
        try (PointerScope scope = new PointerScope()) {
            Mat photo = Mats.fromImage(background);
            warp(photo, face, corners);
            camera = camera(photo, random, new double[]{cx, cy, cardW, cardH}, false, false);
        }
        return new SyntheticPhoto(camera.jpeg(), corners, turns, tilt, camera.blur(), camera.glare(), camera.shift());
    }

    /**
     * A phone photo taken under {@code condition}: the base effects of {@link #generate(BufferedImage, Random)}
     * plus what the condition adds. {@link CaptureCondition#FRAMED} gives exactly the two-argument photo.
     */
    public SyntheticPhoto generate(BufferedImage face, Random random, CaptureCondition condition) {
        if (condition == CaptureCondition.FRAMED) {
            return generate(face, random);
        }
        List<CaptureCondition> applied = new ArrayList<>();
        if (condition == CaptureCondition.COMBINED) {
            applied.add(CaptureCondition.CLIPPED_CORNER);
            List<CaptureCondition> pool = new ArrayList<>(COMBINABLE);
            applied.add(pool.remove(random.nextInt(pool.size())));
            applied.add(pool.remove(random.nextInt(pool.size())));
        } else {
            applied.add(condition);
        }
        boolean clipped = applied.contains(CaptureCondition.CLIPPED_CORNER);
        boolean steep = applied.contains(CaptureCondition.STEEP_ANGLE);
        int w = settings.width();
        int h = settings.height();
        BufferedImage background = clutter(random, w, h);
        int turns = steep ? random.nextInt(4)
                : random.nextDouble() < settings.quarterTurnChance() ? 1 + random.nextInt(3) : 0;
        // A clipped card runs past the edge with a whole strip (held square to the frame) or with one
        // corner first (held at an angle).
        boolean strip = clipped && random.nextBoolean();
        double maxTilt = steep ? 35 : settings.maxRotationDegrees();
        double tilt;
        if (strip) {
            tilt = (random.nextDouble() * 2 - 1) * 3;
        } else if (clipped) {
            tilt = (random.nextBoolean() ? 1 : -1) * (8 + random.nextDouble() * (Math.max(15, maxTilt) - 8));
        } else {
            tilt = (random.nextDouble() * 2 - 1) * maxTilt;
        }
        double share = settings.minCardShare() + random.nextDouble() * (settings.maxCardShare() - settings.minCardShare());
        double cardH = share * Math.min(w, h);
        double cardW = cardH * 63.0 / 88.0;
        double[] local = {-cardW / 2, -cardH / 2, cardW / 2, -cardH / 2, cardW / 2, cardH / 2, -cardW / 2, cardH / 2};
        for (int i = 0; i < 8; i++) {
            local[i] += (random.nextDouble() * 2 - 1) * settings.maxPerspective() * cardW;
        }
        if (steep) {
            local = viewedOffNormal(local, random, 0.8 * Math.max(w, h));
        }
        double angle = Math.toRadians(tilt + 90 * turns);
        double[] rel = new double[8];
        for (int i = 0; i < 4; i++) {
            rel[2 * i] = local[2 * i] * Math.cos(angle) - local[2 * i + 1] * Math.sin(angle);
            rel[2 * i + 1] = local[2 * i] * Math.sin(angle) + local[2 * i + 1] * Math.cos(angle);
        }
        // As in the framed photo, a card too large for the frame at this angle is drawn smaller.
        double[] box = bounds(rel);
        double fit = Math.min(1, Math.min((w - 2 * MARGIN) / (box[2] - box[0]), (h - 2 * MARGIN) / (box[3] - box[1])));
        for (int i = 0; i < 8; i++) {
            rel[i] *= fit;
        }
        cardW *= fit;
        cardH *= fit;
        double[] corners;
        Optional<String> side = Optional.empty();
        double outside = 0;
        if (clipped) {
            int edge = random.nextInt(4);
            double most = condition == CaptureCondition.COMBINED ? 0.03 : 0.05;
            corners = clippedBy(rel, edge, 0.005 + random.nextDouble() * (most - 0.005), random);
            side = Optional.of(SIDES.get(edge));
            outside = Shapes.outsideShare(corners, w, h);
        } else {
            box = bounds(rel);
            double cx = MARGIN - box[0] + random.nextDouble() * Math.max(0, w - 2 * MARGIN - (box[2] - box[0]));
            double cy = MARGIN - box[1] + random.nextDouble() * Math.max(0, h - 2 * MARGIN - (box[3] - box[1]));
            corners = translated(rel, cx, cy);
        }
        double[] faceToPhoto = Shapes.homography(Shapes.frame(face.getWidth(), face.getHeight()), corners);
        Camera camera;
        try (PointerScope scope = new PointerScope()) {
            Mat photo = Mats.fromImage(background);
            if (applied.contains(CaptureCondition.NEIGHBOUR)) {
                BufferedImage other = neighbours.apply(random);
                double[] beside = besideCard(random, face.getWidth(), face.getHeight(), faceToPhoto);
                if (random.nextBoolean()) {
                    warp(photo, other, beside);
                    warp(photo, face, corners);
                } else {
                    warp(photo, face, corners);
                    warp(photo, other, beside);
                }
            } else {
                warp(photo, face, corners);
            }
            if (applied.contains(CaptureCondition.THUMB) || applied.contains(CaptureCondition.SLEEVE)
                    || applied.contains(CaptureCondition.SHADOW_CAST)) {
                BufferedImage canvas = Mats.toImage(photo);
                if (applied.contains(CaptureCondition.SLEEVE)) {
                    SceneEffects.sleeve(canvas, random, faceToPhoto, face.getWidth(), face.getHeight(), corners);
                }
                if (applied.contains(CaptureCondition.THUMB)) {
                    SceneEffects.thumb(canvas, random, corners, cardW);
                }
                if (applied.contains(CaptureCondition.SHADOW_CAST)) {
                    SceneEffects.shadowAndLamp(canvas, random, corners, cardH);
                }
                photo = Mats.fromImage(canvas);
            }
            camera = camera(photo, random, new double[]{(corners[0] + corners[2] + corners[4] + corners[6]) / 4,
                            (corners[1] + corners[3] + corners[5] + corners[7]) / 4, cardW, cardH},
                    applied.contains(CaptureCondition.LOW_LIGHT), applied.contains(CaptureCondition.HEAVY_JPEG));
        }
        return new SyntheticPhoto(camera.jpeg(), corners, turns, tilt, camera.blur(), camera.glare(), camera.shift(),
                condition, applied, side, outside);
    }

    /**
     * The card plane turned 15–30° about an in-plane axis of random direction and seen through a
     * pinhole of focal length {@code focal} pixels from where it filled the same size untilted:
     * the side turned away shrinks, the near side grows.
     */
    private static double[] viewedOffNormal(double[] local, Random random, double focal) {
        double theta = Math.toRadians(15 + random.nextDouble() * 15);
        double phi = random.nextDouble() * Math.PI;
        double ax = Math.cos(phi);
        double ay = Math.sin(phi);
        double[] out = new double[8];
        for (int i = 0; i < 4; i++) {
            double x = local[2 * i];
            double y = local[2 * i + 1];
            double dot = ax * x + ay * y;
            double rx = x * Math.cos(theta) + ax * dot * (1 - Math.cos(theta));
            double ry = y * Math.cos(theta) + ay * dot * (1 - Math.cos(theta));
            double rz = (ax * y - ay * x) * Math.sin(theta);
            out[2 * i] = focal * rx / (focal + rz);
            out[2 * i + 1] = focal * ry / (focal + rz);
        }
        return out;
    }

    /**
     * Places the card (corners {@code rel} around the origin) across photo edge {@code edge} (left,
     * right, top, bottom) so that {@code target} of its area lies outside, found by bisection on how
     * far it runs past; along the edge it stays clear of the other edges.
     */
    private double[] clippedBy(double[] rel, int edge, double target, Random random) {
        int w = settings.width();
        int h = settings.height();
        double[] box = bounds(rel);
        double free = edge < 2 ? MARGIN - box[1] + random.nextDouble() * Math.max(0, h - 2 * MARGIN - (box[3] - box[1]))
                : MARGIN - box[0] + random.nextDouble() * Math.max(0, w - 2 * MARGIN - (box[2] - box[0]));
        double lo = 0;
        double hi = edge < 2 ? box[2] - box[0] : box[3] - box[1];
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (Shapes.outsideShare(pastEdge(rel, box, edge, mid, free), w, h) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return pastEdge(rel, box, edge, (lo + hi) / 2, free);
    }

    private double[] pastEdge(double[] rel, double[] box, int edge, double past, double free) {
        return switch (edge) {
            case 0 -> translated(rel, -box[0] - past, free);
            case 1 -> translated(rel, settings.width() - box[2] + past, free);
            case 2 -> translated(rel, free, -box[1] - past);
            default -> translated(rel, free, settings.height() - box[3] + past);
        };
    }

    /**
     * A second card on a random side of the first, in the first card's plane (face pixels mapped by
     * {@code faceToPhoto}), turned up to ±10° and touching it or overlapping it by up to 4 mm.
     */
    private static double[] besideCard(Random random, int faceWidth, int faceHeight, double[] faceToPhoto) {
        double mm = faceWidth / 63.0;
        int side = random.nextInt(4);
        double overlap = random.nextDouble() * 4 * mm;
        double turn = Math.toRadians((random.nextDouble() * 2 - 1) * 10);
        double slide = (random.nextDouble() * 2 - 1) * 0.2 * (side < 2 ? faceHeight : faceWidth);
        double[] card = Shapes.frame(faceWidth, faceHeight);
        double[] turned = new double[8];
        for (int i = 0; i < 4; i++) {
            double x = card[2 * i] - faceWidth / 2.0;
            double y = card[2 * i + 1] - faceHeight / 2.0;
            turned[2 * i] = x * Math.cos(turn) - y * Math.sin(turn);
            turned[2 * i + 1] = x * Math.sin(turn) + y * Math.cos(turn);
        }
        double[] box = bounds(turned);
        double[] placed = switch (side) {
            case 0 -> translated(turned, overlap - box[2], faceHeight / 2.0 + slide);
            case 1 -> translated(turned, faceWidth - overlap - box[0], faceHeight / 2.0 + slide);
            case 2 -> translated(turned, faceWidth / 2.0 + slide, overlap - box[3]);
            default -> translated(turned, faceWidth / 2.0 + slide, faceHeight - overlap - box[1]);
        };
        return Shapes.map(faceToPhoto, placed);
    }

    /** min x, min y, max x, max y. */
    private static double[] bounds(double[] xy) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            box[0] = Math.min(box[0], xy[i]);
            box[1] = Math.min(box[1], xy[i + 1]);
            box[2] = Math.max(box[2], xy[i]);
            box[3] = Math.max(box[3], xy[i + 1]);
        }
        return box;
    }

    private static double[] translated(double[] xy, double dx, double dy) {
        double[] out = xy.clone();
        for (int i = 0; i < out.length; i += 2) {
            out[i] += dx;
            out[i + 1] += dy;
        }
        return out;
    }

    /** Draws {@code image} with its corners at {@code corners} (photo pixels, clockwise from its top-left). */
    private static void warp(Mat photo, BufferedImage image, double[] corners) {
        Mat src = new Mat(4, 1, CV_32FC2);
        Mat dst = new Mat(4, 1, CV_32FC2);
        FloatIndexer s = src.createIndexer();
        FloatIndexer d = dst.createIndexer();
        float[][] imageCorners = {{0, 0}, {image.getWidth(), 0}, {image.getWidth(), image.getHeight()}, {0, image.getHeight()}};
        for (int i = 0; i < 4; i++) {
            s.put(i, 0, 0, imageCorners[i][0]);
            s.put(i, 0, 1, imageCorners[i][1]);
            d.put(i, 0, 0, (float) corners[2 * i]);
            d.put(i, 0, 1, (float) corners[2 * i + 1]);
        }
        warpPerspective(Mats.fromImage(image), photo, getPerspectiveTransform(src, dst), photo.size(), INTER_LINEAR,
                BORDER_TRANSPARENT, new Scalar(0));
    }

    /** What the phone's camera made of the scene, and how strongly it blurred and recoloured it. */
    private record Camera(byte[] jpeg, double blur, boolean glare, double shift) {
    }

    /**
     * The camera's own effects, in the order of the framed photo's draws: glare on the card
     * ({@code card}: centre x, y, width, height), blur, white balance, noise, JPEG. Low light
     * underexposes before the noise and makes it strong; heavy JPEG compresses at quality 30-40.
     */
    private Camera camera(Mat photo, Random random, double[] card, boolean lowLight, boolean heavyJpeg) {
        boolean glare = false;
        if (random.nextDouble() < settings.glareChance()) {
            glare = true;
            addGlare(photo, random, card[0], card[1], card[2], card[3]);
        }
        double blur = blur(photo, random);
        double shift = whiteBalance(photo, random);
        double sigma = random.nextDouble() * settings.maxNoiseSigma();
        Mat exposed = photo;
        if (lowLight) {
            BufferedImage canvas = Mats.toImage(photo);
            SceneEffects.underexpose(canvas, 40 + random.nextDouble() * 30);
            exposed = Mats.fromImage(canvas);
            sigma = 8 + random.nextDouble() * 6;
        }
        addNoise(exposed, sigma);
        int quality = settings.minJpegQuality()
                + random.nextInt(settings.maxJpegQuality() - settings.minJpegQuality() + 1);
        return new Camera(encode(exposed, heavyJpeg ? 30 + random.nextInt(11) : quality, heavyJpeg), blur, glare, shift);
    }

    private static void addNoise(Mat photo, double sigma) {
        if (sigma > 0.5) {
            // Signed noise: add it as floats, then saturate back to 8 bits.
            Mat noiseF = new Mat();
            Mat photoF = new Mat();
            Mat signed = new Mat(photo.rows(), photo.cols(), CV_32FC3);
            // OpenCV's generator is per thread and never reset: seeding it from the drawn sigma keeps
            // the photo a function of the caller's Random alone.
            setRNGSeed(Long.hashCode(Double.doubleToLongBits(sigma)));
            randn(signed, new Mat(1, 1, CV_64F, new Scalar(0)), new Mat(1, 1, CV_64F, new Scalar(sigma)));
            photo.convertTo(photoF, CV_32FC3);
            add(photoF, signed, noiseF);
            noiseF.convertTo(photo, CV_8UC3);
        }
    }

    /** JPEG bytes; {@code subsample420} states the phone encoders' 4:2:0 chroma subsampling explicitly. */
    private static byte[] encode(Mat photo, int quality, boolean subsample420) {
        BytePointer buffer = new BytePointer();
        IntPointer parameters = subsample420
                ? new IntPointer(IMWRITE_JPEG_QUALITY, quality, IMWRITE_JPEG_SAMPLING_FACTOR, IMWRITE_JPEG_SAMPLING_FACTOR_420)
                : new IntPointer(IMWRITE_JPEG_QUALITY, quality);
        imencode(".jpg", photo, buffer, parameters);
        byte[] jpeg = new byte[(int) buffer.limit()];
        buffer.get(jpeg);
        return jpeg;
    }

    private BufferedImage clutter(Random random, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, randomColour(random), w, h, randomColour(random)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < settings.clutterShapes(); i++) {
            g.setColor(randomColour(random));
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            int sw = 10 + random.nextInt(w / 3);
            int sh = 10 + random.nextInt(h / 3);
            switch (random.nextInt(5)) {
                case 0 -> g.fillRect(x - sw / 2, y - sh / 2, sw, sh);
                case 1 -> g.fillOval(x - sw / 2, y - sh / 2, sw, sh);
                case 2 -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(6)));
                    g.drawLine(random.nextInt(w), random.nextInt(h), random.nextInt(w), random.nextInt(h));
                }
                case 3 -> {
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 + random.nextInt(30)));
                    g.drawString("Lorem " + random.nextInt(1000) + " ipsum", x, y);
                }
                default -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(3)));
                    g.drawRect(x - sw / 2, y - sh / 2, sw, sh);
                }
            }
        }
        g.dispose();
        return image;
    }

    private static Color randomColour(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static void addGlare(Mat photo, Random random, double cx, double cy, double cardW, double cardH) {
        int w = photo.cols();
        int h = photo.rows();
        double gx = cx + (random.nextDouble() - 0.5) * cardW * 0.7;
        double gy = cy + (random.nextDouble() - 0.5) * cardH * 0.7;
        double radius = (0.10 + random.nextDouble() * 0.12) * cardW;
        // Specular glare blends towards white: the centre clips whatever colour lies beneath.
        double strength = 0.75 + random.nextDouble() * 0.25;
        Mat glare = new Mat(h, w, CV_32F, new Scalar(0));
        FloatIndexer g = glare.createIndexer();
        int x0 = Math.max(0, (int) (gx - 3 * radius));
        int x1 = Math.min(w, (int) (gx + 3 * radius));
        int y0 = Math.max(0, (int) (gy - 3 * radius));
        int y1 = Math.min(h, (int) (gy + 3 * radius));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double r2 = ((x - gx) * (x - gx) + (y - gy) * (y - gy) * 1.6) / (radius * radius);
                g.put(y, x, (float) (strength * Math.exp(-r2 / 2)));
            }
        }
        byte[] p = new byte[w * h * 3];
        photo.data().get(p);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                float add = g.get(y, x);
                int o = (y * w + x) * 3;
                for (int c = 0; c < 3; c++) {
                    int v = p[o + c] & 0xFF;
                    p[o + c] = (byte) Math.min(255, Math.round(v + (255 - v) * Math.min(1f, add)));
                }
            }
        }
        photo.data().put(p);
    }

    private double blur(Mat photo, Random random) {
        double amount = 0;
        if (settings.maxMotionBlur() >= 2 && random.nextBoolean()) {
            int length = 2 + random.nextInt((int) settings.maxMotionBlur() - 1);
            int size = length | 1;
            Mat kernel = new Mat(size, size, CV_32F, new Scalar(0));
            double theta = random.nextDouble() * Math.PI;
            int c = size / 2;
            line(kernel, new Point((int) Math.round(c - Math.cos(theta) * c), (int) Math.round(c - Math.sin(theta) * c)),
                    new Point((int) Math.round(c + Math.cos(theta) * c), (int) Math.round(c + Math.sin(theta) * c)),
                    new Scalar(1.0), 1, 8, 0);
            double sum = org.bytedeco.opencv.global.opencv_core.sumElems(kernel).get(0);
            kernel.convertTo(kernel, CV_32F, 1.0 / Math.max(1, sum), 0);
            filter2D(photo, photo, -1, kernel);
            amount += length;
        }
        double sigma = random.nextDouble() * settings.maxDefocus();
        if (sigma > 0.3) {
            GaussianBlur(photo, photo, new Size(0, 0), sigma);
            amount += sigma * 2;
        }
        return amount;
    }

    private double whiteBalance(Mat photo, Random random) {
        double max = settings.maxWhiteBalanceShift();
        double[] gain = {1 + (random.nextDouble() * 2 - 1) * max, 1 + (random.nextDouble() * 2 - 1) * max,
                1 + (random.nextDouble() * 2 - 1) * max};
        byte[] p = new byte[(int) (photo.total() * 3)];
        photo.data().get(p);
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) Math.min(255, (int) Math.round((p[i] & 0xFF) * gain[i % 3]));
        }
        photo.data().put(p);
        return Math.max(Math.abs(gain[0] - 1), Math.max(Math.abs(gain[1] - 1), Math.abs(gain[2] - 1)));
    }
}
