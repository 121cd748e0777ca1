package io.cardvault.recognition.synth;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;

/**
 * The capture conditions that change the scene before the camera's own effects: a thumb, a glossy
 * sleeve, a cast shadow and a lamp's colour, an underexposure. Each draws on a BGR canvas of the
 * whole photo; the card is the quad {@code corners} (photo pixels, face order).
 */
final class SceneEffects {

    /** Skin tones from light to dark (RGB). */
    private static final int[][] SKIN = {{241, 194, 167}, {234, 184, 150}, {224, 172, 138}, {198, 134, 103},
            {161, 102, 73}, {117, 74, 52}};

    private SceneEffects() {
    }

    /**
     * A thumb from outside the card over a corner or an edge, covering {@code 2–6 %} of the card's
     * area (found by bisection on how far the tip reaches in), with its soft shadow, a nail and
     * cylindrical shading. Returns the covered share.
     */
    static double thumb(BufferedImage canvas, Random random, double[] corners, double cardWidth) {
        double target = 0.02 + random.nextDouble() * 0.04;
        Path2D card = Shapes.polygon(corners);
        double cardArea = Shapes.area(card);
        double cx = (corners[0] + corners[2] + corners[4] + corners[6]) / 4;
        double cy = (corners[1] + corners[3] + corners[5] + corners[7]) / 4;
        int k = random.nextInt(4);
        double px;
        double py;
        double dx;
        double dy;
        if (random.nextBoolean()) {
            px = corners[2 * k];
            py = corners[2 * k + 1];
            dx = cx - px;
            dy = cy - py;
        } else {
            int n = (k + 1) % 4;
            double t = 0.2 + random.nextDouble() * 0.6;
            px = corners[2 * k] + t * (corners[2 * n] - corners[2 * k]);
            py = corners[2 * k + 1] + t * (corners[2 * n + 1] - corners[2 * k + 1]);
            // Inward normal of the edge: the one pointing at the card's centre.
            dx = -(corners[2 * n + 1] - corners[2 * k + 1]);
            dy = corners[2 * n] - corners[2 * k];
            if (dx * (cx - px) + dy * (cy - py) < 0) {
                dx = -dx;
                dy = -dy;
            }
        }
        double direction = Math.atan2(dy, dx) + Math.toRadians((random.nextDouble() * 2 - 1) * 20);
        double mm = cardWidth / 63;
        double width = (17 + random.nextDouble() * 6) * mm;
        double reach = Math.hypot(canvas.getWidth(), canvas.getHeight());
        double lo = -width;
        double hi = reach / 2;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (Shapes.overlap(thumbShape(px, py, direction, mid, width, reach), card) / cardArea < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double depth = (lo + hi) / 2;
        Shape thumb = thumbShape(px, py, direction, depth, width, reach);
        double shadowAngle = random.nextDouble() * 2 * Math.PI;
        double shadowOffset = (0.06 + random.nextDouble() * 0.1) * width;
        Shape shadow = AffineTransform.getTranslateInstance(Math.cos(shadowAngle) * shadowOffset,
                Math.sin(shadowAngle) * shadowOffset).createTransformedShape(thumb);
        darken(canvas, shadow, 0.12 * width, 0.35 + random.nextDouble() * 0.2);

        int[] skin = SKIN[random.nextInt(SKIN.length)];
        Color base = new Color(jitter(skin[0], random), jitter(skin[1], random), jitter(skin[2], random));
        Graphics2D g = graphics(canvas);
        g.setClip(thumb);
        g.setColor(base);
        g.fill(thumb);
        // Cylindrical shading across the thumb: darker flanks, a highlight off-centre.
        double ax = Math.cos(direction);
        double ay = Math.sin(direction);
        double tipX = px + ax * depth;
        double tipY = py + ay * depth;
        Point2D side1 = new Point2D.Double(tipX + ay * width / 2, tipY - ax * width / 2);
        Point2D side2 = new Point2D.Double(tipX - ay * width / 2, tipY + ax * width / 2);
        g.setPaint(new LinearGradientPaint(side1, side2, new float[]{0f, 0.3f, 0.55f, 1f},
                new Color[]{new Color(40, 20, 10, 120), new Color(255, 240, 230, 60), new Color(0, 0, 0, 0),
                        new Color(40, 20, 10, 140)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(thumb);
        // The pad rounds away from the lens towards the tip: a little darker there.
        Point2D tip = new Point2D.Double(tipX, tipY);
        Point2D back = new Point2D.Double(tipX - ax * width * 0.5, tipY - ay * width * 0.5);
        g.setPaint(new LinearGradientPaint(back, tip, new float[]{0f, 1f},
                new Color[]{new Color(0, 0, 0, 0), new Color(30, 15, 5, 70)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(thumb);
        AffineTransform local = AffineTransform.getTranslateInstance(tipX, tipY);
        local.rotate(direction);
        Shape nail = local.createTransformedShape(new RoundRectangle2D.Double(-0.62 * width, -0.27 * width,
                0.5 * width, 0.54 * width, 0.35 * width, 0.45 * width));
        Color nailColour = new Color(Math.min(255, base.getRed() + 25), Math.min(255, base.getGreen() + 12),
                Math.min(255, base.getBlue() + 22), 190);
        g.setColor(nailColour);
        g.fill(nail);
        g.setStroke(new BasicStroke((float) Math.max(1, width * 0.03)));
        g.setColor(new Color(90, 50, 35, 90));
        g.draw(nail);
        Shape crease = local.createTransformedShape(new Ellipse2D.Double(-1.75 * width, -0.4 * width, 0.25 * width,
                0.8 * width));
        g.setColor(new Color(80, 40, 25, 60));
        g.draw(crease);
        g.dispose();
        return Shapes.overlap(thumb, card) / cardArea;
    }

    /** A capsule along {@code direction} whose rounded tip lies {@code depth} past (px, py). */
    private static Shape thumbShape(double px, double py, double direction, double depth, double width, double length) {
        Area shape = new Area(new Rectangle2D.Double(-length, -width / 2, length - 0.55 * width, width));
        shape.add(new Area(new Ellipse2D.Double(-1.1 * width, -width / 2, 1.1 * width, width)));
        AffineTransform at = AffineTransform.getTranslateInstance(px + Math.cos(direction) * depth,
                py + Math.sin(direction) * depth);
        at.rotate(direction);
        return at.createTransformedShape(shape);
    }

    /**
     * A clear sleeve: a border a little larger than the card (more at the open top), translucent
     * over the background, a slight haze over everything it covers and a bright reflection streak
     * running diagonally across part of the face. {@code faceToPhoto} maps face pixels to the photo.
     */
    static void sleeve(BufferedImage canvas, Random random, double[] faceToPhoto, int faceWidth, int faceHeight,
                       double[] corners) {
        double mm = faceWidth / 63.0;
        double border = (1.2 + random.nextDouble() * 1.3) * mm;
        double top = border + random.nextDouble() * 2.5 * mm;
        Path2D sleeve = Shapes.polygon(Shapes.map(faceToPhoto, new double[]{-border, -top, faceWidth + border, -top,
                faceWidth + border, faceHeight + border, -border, faceHeight + border}));
        Area rim = new Area(sleeve);
        rim.subtract(new Area(Shapes.polygon(corners)));
        Graphics2D g = graphics(canvas);
        g.setColor(new Color(232, 236, 242, 35 + random.nextInt(40)));
        g.fill(rim);
        g.setColor(new Color(210, 212, 218, 14 + random.nextInt(20)));
        g.fill(sleeve);
        g.setStroke(new BasicStroke(1.3f));
        g.setColor(new Color(255, 255, 255, 70 + random.nextInt(60)));
        g.draw(sleeve);

        double cx = (corners[0] + corners[2] + corners[4] + corners[6]) / 4;
        double cy = (corners[1] + corners[3] + corners[5] + corners[7]) / 4;
        double cardWidth = Math.hypot(corners[2] - corners[0], corners[3] - corners[1]);
        double axis = Math.atan2(corners[3] - corners[1], corners[2] - corners[0]);
        double along = axis + Math.toRadians((30 + random.nextDouble() * 30) * (random.nextBoolean() ? 1 : -1));
        double sx = cx + (random.nextDouble() * 2 - 1) * 0.3 * cardWidth;
        double sy = cy + (random.nextDouble() * 2 - 1) * 0.3 * cardWidth;
        double band = (0.06 + random.nextDouble() * 0.12) * cardWidth;
        double nx = -Math.sin(along);
        double ny = Math.cos(along);
        float peak = 0.5f + random.nextFloat() * 0.35f;
        g.setClip(sleeve);
        g.setPaint(new LinearGradientPaint(new Point2D.Double(sx - nx * band / 2, sy - ny * band / 2),
                new Point2D.Double(sx + nx * band / 2, sy + ny * band / 2), new float[]{0f, 0.3f, 0.5f, 0.7f, 1f},
                new Color[]{white(0), white(peak * 0.55f), white(peak), white(peak * 0.55f), white(0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        // The streak fades out along its length: the sleeve's curve catches the light on part of the face only.
        double half = (0.5 + random.nextDouble() * 0.6) * cardWidth;
        g.fill(new Area(AffineTransform.getRotateInstance(along, sx, sy)
                .createTransformedShape(new Ellipse2D.Double(sx - half, sy - band, 2 * half, 2 * band))));
        g.dispose();
    }

    /**
     * A soft shadow (a large curved shape, a head's or a phone's) over part of the card, then a lamp
     * gradient across the whole photo: warm (about 2700 K) or cool (6500 K and above), brighter on
     * the lamp's side.
     */
    static void shadowAndLamp(BufferedImage canvas, Random random, double[] corners, double cardHeight) {
        double cx = (corners[0] + corners[2] + corners[4] + corners[6]) / 4;
        double cy = (corners[1] + corners[3] + corners[5] + corners[7]) / 4;
        double u = random.nextDouble() * 2 * Math.PI;
        double offset = (random.nextDouble() * 0.6 - 0.35) * cardHeight;
        double along = (0.6 + random.nextDouble() * 0.9) * cardHeight;
        double across = (0.5 + random.nextDouble() * 0.6) * cardHeight;
        double ex = cx + Math.cos(u) * (offset + along);
        double ey = cy + Math.sin(u) * (offset + along);
        Shape shadow = AffineTransform.getRotateInstance(u, ex, ey)
                .createTransformedShape(new Ellipse2D.Double(ex - along, ey - across, 2 * along, 2 * across));
        darken(canvas, shadow, (0.02 + random.nextDouble() * 0.05) * cardHeight, 0.3 + random.nextDouble() * 0.3);

        boolean warm = random.nextBoolean();
        double strength = 0.6 + random.nextDouble() * 0.4;
        double[] tint = warm ? new double[]{1.0, 0.80, 0.56} : new double[]{0.80, 0.91, 1.04};
        double[] gain = new double[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = 1 + (tint[c] - 1) * strength;
        }
        double v = random.nextDouble() * 2 * Math.PI;
        double fall = 0.2 + random.nextDouble() * 0.3;
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        double vx = Math.cos(v);
        double vy = Math.sin(v);
        double min = Math.min(0, vx * w) + Math.min(0, vy * h);
        double span = Math.abs(vx) * w + Math.abs(vy) * h;
        byte[] p = pixels(canvas);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = (vx * x + vy * y - min) / span;
                double light = 1.08 - fall * s;
                int o = (y * w + x) * 3;
                // BGR order in the canvas, RGB in the gains.
                p[o] = clamp((p[o] & 0xFF) * gain[2] * light);
                p[o + 1] = clamp((p[o + 1] & 0xFF) * gain[1] * light);
                p[o + 2] = clamp((p[o + 2] & 0xFF) * gain[0] * light);
            }
        }
    }

    /** Scales the exposure so the photo's mean luminance becomes {@code target}. */
    static void underexpose(BufferedImage canvas, double target) {
        byte[] p = pixels(canvas);
        double sum = 0;
        for (int o = 0; o < p.length; o += 3) {
            sum += 0.114 * (p[o] & 0xFF) + 0.587 * (p[o + 1] & 0xFF) + 0.299 * (p[o + 2] & 0xFF);
        }
        double factor = target / Math.max(1, sum / (p.length / 3.0));
        for (int i = 0; i < p.length; i++) {
            p[i] = clamp((p[i] & 0xFF) * factor);
        }
    }

    /** The back of a trading card (a neighbour lying face down): blue swirls round a two-tone disc. */
    static BufferedImage cardBack(int width, int height) {
        BufferedImage back = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = graphics(back);
        g.setColor(new Color(28, 52, 120));
        g.fillRect(0, 0, width, height);
        double inset = width * 0.05;
        g.setColor(new Color(22, 70, 160));
        g.fill(new RoundRectangle2D.Double(inset, inset, width - 2 * inset, height - 2 * inset, inset, inset));
        for (int i = 0; i < 9; i++) {
            double r = width * (0.9 - i * 0.09);
            g.setColor(new Color(40 + i * 12, 90 + i * 10, 190 + i * 6, 120));
            g.fill(new Ellipse2D.Double(width / 2.0 - r * 0.8 + i * 6, height / 2.0 - r + i * 9, r * 1.6, r * 2));
        }
        double disc = width * 0.36;
        double x = width / 2.0 - disc / 2;
        double y = height / 2.0 - disc / 2;
        g.setColor(new Color(240, 240, 240));
        g.fill(new Ellipse2D.Double(x, y, disc, disc));
        g.setColor(new Color(210, 40, 40));
        Area upper = new Area(new Ellipse2D.Double(x, y, disc, disc));
        upper.intersect(new Area(new Rectangle2D.Double(x, y, disc, disc / 2)));
        g.fill(upper);
        g.setColor(new Color(20, 20, 20));
        g.fill(new Rectangle2D.Double(x, height / 2.0 - disc * 0.04, disc, disc * 0.08));
        g.fill(new Ellipse2D.Double(width / 2.0 - disc * 0.16, height / 2.0 - disc * 0.16, disc * 0.32, disc * 0.32));
        g.setColor(new Color(240, 240, 240));
        g.fill(new Ellipse2D.Double(width / 2.0 - disc * 0.1, height / 2.0 - disc * 0.1, disc * 0.2, disc * 0.2));
        g.dispose();
        return back;
    }

    /** Multiplies the pixels under {@code shape} (edges blurred by {@code sigma}) by {@code 1 - strength}. */
    static void darken(BufferedImage canvas, Shape shape, double sigma, double strength) {
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        byte[] m = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        try (PointerScope scope = new PointerScope()) {
            Mat mat = new Mat(h, w, CV_8UC1);
            mat.data().put(m);
            GaussianBlur(mat, mat, new Size(0, 0), Math.max(0.5, sigma));
            mat.data().get(m);
        }
        byte[] p = pixels(canvas);
        for (int i = 0; i < m.length; i++) {
            int a = m[i] & 0xFF;
            if (a > 0) {
                double f = 1 - strength * a / 255.0;
                int o = i * 3;
                p[o] = clamp((p[o] & 0xFF) * f);
                p[o + 1] = clamp((p[o + 1] & 0xFF) * f);
                p[o + 2] = clamp((p[o + 2] & 0xFF) * f);
            }
        }
    }

    static byte[] pixels(BufferedImage canvas) {
        return ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    }

    private static Graphics2D graphics(BufferedImage canvas) {
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.SrcOver);
        return g;
    }

    private static Color white(float alpha) {
        return new Color(1f, 1f, 1f, alpha);
    }

    private static int jitter(int channel, Random random) {
        return Math.max(0, Math.min(255, channel + random.nextInt(17) - 8));
    }

    private static byte clamp(double value) {
        return (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
    }
}
