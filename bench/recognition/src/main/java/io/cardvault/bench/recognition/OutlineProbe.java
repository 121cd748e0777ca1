package io.cardvault.bench.recognition;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.engine.Mats;
import io.cardvault.recognition.engine.OutlineDetector;
import io.cardvault.recognition.engine.Quad;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.bytedeco.opencv.opencv_core.Mat;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Diagnostic: writes synthetic photos with the truth (green) and the detected outlines (red,
 * best thickest) drawn on them, to look at what the outline detector does and at what each
 * capture condition looks like. Arguments: photos per condition (default 12), then the
 * conditions ({@code all} or a comma-separated list; default {@code FRAMED}).
 */
public final class OutlineProbe {

    private OutlineProbe() {
    }

    public static void main(String[] arguments) throws IOException {
        // run.sh hands all arguments over as one.
        String[] args = String.join(" ", arguments).trim().split("\\s+");
        PrintStream out = System.out;
        Path root = RecognitionBenchmark.worktreeRoot();
        Path data = root.resolve("../shared/data").normalize();
        List<CatalogueCard> cards = CatalogueReader.read(data.resolve("catalogue/tcgdex-en"));
        CardFaceRenderer renderer = new CardFaceRenderer(data.resolve("art"));
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos(),
                r -> renderer.render(cards.get(r.nextInt(cards.size())), 630, 880));
        OutlineDetector detector = new OutlineDetector(4);
        Path dir = root.resolve("bench/recognition/target/probe");
        Files.createDirectories(dir);
        int n = args[0].isEmpty() ? 12 : Integer.parseInt(args[0]);
        List<CaptureCondition> conditions = RecognitionBenchmark.conditions(args.length > 1 ? args[1] : "FRAMED");
        for (CaptureCondition condition : conditions) {
            Random random = new Random(7);
            for (int i = 0; i < n; i++) {
                CatalogueCard card = cards.get(random.nextInt(cards.size()));
                SyntheticPhoto photo = synthesizer.generate(renderer.render(card, 630, 880), new Random(i), condition);
                Mat mat = Mats.decode(photo.jpeg());
                List<Quad> quads = detector.detect(mat);
                BufferedImage image = Mats.toImage(mat);
                Files.write(dir.resolve("photo-" + condition + "-" + i + ".jpg"), photo.jpeg());
                Graphics2D g = image.createGraphics();
                g.setStroke(new BasicStroke(3));
                g.setColor(Color.GREEN);
                draw(g, new Quad(photo.faceCorners(), 0));
                g.setColor(Color.RED);
                double best = Double.MAX_VALUE;
                // The first candidate the benchmark would count as the outline found (-1: none).
                int firstGood = -1;
                double goodEnough = 0.015 * Math.hypot(mat.cols(), mat.rows());
                for (int q = 0; q < quads.size(); q++) {
                    g.setStroke(new BasicStroke(q == 0 ? 3 : 1));
                    draw(g, quads.get(q));
                    double error = quads.get(q).maxCornerDistance(new Quad(photo.faceCorners(), 0));
                    best = Math.min(best, error);
                    if (firstGood < 0 && error <= goodEnough) {
                        firstGood = q;
                    }
                }
                g.dispose();
                ImageIO.write(image, "png", dir.resolve("probe-" + condition + "-" + i + ".png").toFile());
                out.printf(Locale.ROOT, "%s %d %s %s quads=%d best corner error %.1f px first %.1f good at %d%n", condition, i,
                        card.id(), photo.applied(), quads.size(), best,
                        quads.isEmpty() ? -1 : quads.get(0).maxCornerDistance(new Quad(photo.faceCorners(), 0)), firstGood);
            }
        }
    }

    /**
     * Writes the photo as PNG with the truth (green), the detector's candidates (thin red) and
     * the outline the recognizer answered with (thick blue).
     */
    static void writeOverlay(SyntheticPhoto photo, java.util.Optional<Quad> answered, Path file) throws IOException {
        Mat mat = Mats.decode(photo.jpeg());
        List<Quad> quads = new OutlineDetector(4).detect(mat);
        BufferedImage image = Mats.toImage(mat);
        Graphics2D g = image.createGraphics();
        g.setStroke(new BasicStroke(2));
        g.setColor(Color.GREEN);
        draw(g, new Quad(photo.faceCorners(), 0));
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.RED);
        quads.forEach(q -> draw(g, q));
        g.setStroke(new BasicStroke(3));
        g.setColor(Color.BLUE);
        answered.ifPresent(q -> draw(g, q));
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void draw(Graphics2D g, Quad q) {
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            g.drawLine((int) q.x(i), (int) q.y(i), (int) q.x(j), (int) q.y(j));
        }
    }
}
