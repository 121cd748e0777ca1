package io.cardvault.recognition.synth;

import io.cardvault.recognition.engine.Mats;
import org.bytedeco.javacpp.BytePointer;
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
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.BORDER_TRANSPARENT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
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

    private final PhotoSettings settings;

    public PhotoSynthesizer(PhotoSettings settings) {
        this.settings = settings;
    }

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
        double blur;
        boolean glare = false;
        double shift;
        byte[] jpeg;
        try (PointerScope scope = new PointerScope()) {
            Mat photo = Mats.fromImage(background);
            Mat card = Mats.fromImage(face);
            Mat src = new Mat(4, 1, CV_32FC2);
            Mat dst = new Mat(4, 1, CV_32FC2);
            FloatIndexer s = src.createIndexer();
            FloatIndexer d = dst.createIndexer();
            float[][] faceCorners = {{0, 0}, {face.getWidth(), 0}, {face.getWidth(), face.getHeight()}, {0, face.getHeight()}};
            for (int i = 0; i < 4; i++) {
                s.put(i, 0, 0, faceCorners[i][0]);
                s.put(i, 0, 1, faceCorners[i][1]);
                d.put(i, 0, 0, (float) corners[2 * i]);
                d.put(i, 0, 1, (float) corners[2 * i + 1]);
            }
            warpPerspective(card, photo, getPerspectiveTransform(src, dst), new Size(w, h), INTER_LINEAR,
                    BORDER_TRANSPARENT, new Scalar(0));
            if (random.nextDouble() < settings.glareChance()) {
                glare = true;
                addGlare(photo, random, cx, cy, cardW, cardH);
            }
            blur = blur(photo, random);
            shift = whiteBalance(photo, random);
            double sigma = random.nextDouble() * settings.maxNoiseSigma();
            if (sigma > 0.5) {
                // Signed noise: add it as floats, then saturate back to 8 bits.
                Mat noiseF = new Mat();
                Mat photoF = new Mat();
                Mat signed = new Mat(h, w, org.bytedeco.opencv.global.opencv_core.CV_32FC3);
                randn(signed, new Mat(1, 1, org.bytedeco.opencv.global.opencv_core.CV_64F, new Scalar(0)),
                        new Mat(1, 1, org.bytedeco.opencv.global.opencv_core.CV_64F, new Scalar(sigma)));
                photo.convertTo(photoF, org.bytedeco.opencv.global.opencv_core.CV_32FC3);
                add(photoF, signed, noiseF);
                noiseF.convertTo(photo, CV_8UC3);
            }
            int quality = settings.minJpegQuality()
                    + random.nextInt(settings.maxJpegQuality() - settings.minJpegQuality() + 1);
            BytePointer buffer = new BytePointer();
            imencode(".jpg", photo, buffer, new org.bytedeco.javacpp.IntPointer(IMWRITE_JPEG_QUALITY, quality));
            jpeg = new byte[(int) buffer.limit()];
            buffer.get(jpeg);
        }
        return new SyntheticPhoto(jpeg, corners, turns, tilt, blur, glare, shift);
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
