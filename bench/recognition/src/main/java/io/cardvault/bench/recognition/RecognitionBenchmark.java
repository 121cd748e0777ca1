package io.cardvault.bench.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.recognition.RecognitionEngines;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.engine.Quad;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.render.CardLayout;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Command-line benchmark. Arguments {@code key=value}: {@code catalogues=en,asia},
 * {@code photos=1000}, {@code seed=20261121}, {@code threads=2}, {@code limit=0} (cards, 0 = all),
 * {@code reuseIndex=false}, {@code failures=0} (JPEGs of misses written to target/), {@code ocr=true}.
 * The report goes to standard output: it is this tool's product.
 */
public final class RecognitionBenchmark {

    private RecognitionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    options.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        PrintStream out = System.out;
        Path root = worktreeRoot();
        Path data = root.resolve("../shared/data").normalize();
        List<String> catalogues = List.of(options.getOrDefault("catalogues", "en,asia").split(","));
        int photos = Integer.parseInt(options.getOrDefault("photos", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261121"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "0"));
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuseIndex", "false"));
        int failuresToWrite = Integer.parseInt(options.getOrDefault("failures", "0"));

        List<CatalogueCard> cards = new ArrayList<>();
        for (String catalogue : catalogues) {
            cards.addAll(CatalogueReader.read(data.resolve("catalogue/tcgdex-" + catalogue.trim())));
        }
        if (limit > 0 && limit < cards.size()) {
            cards = new ArrayList<>(cards.subList(0, limit));
        }
        out.printf(Locale.ROOT, "catalogues %s: %d cards%n", catalogues, cards.size());

        CardFaceRenderer renderer = new CardFaceRenderer(data.resolve("art"));
        Path target = root.resolve("bench/recognition/target");
        Files.createDirectories(target);
        Path indexFile = target.resolve("index-" + String.join("-", catalogues) + "-" + cards.size() + ".bin");
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        ReferenceIndex index = reuse ? ReferenceIndex.load(indexFile, cards).orElse(null) : null;
        boolean loaded = index != null;
        if (index == null) {
            index = ReferenceIndex.build(cards, renderer, threads);
            index.save(indexFile);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        out.printf(Locale.ROOT, "index %s in %.1f s (%d threads): %d cards, %d face groups, descriptors %.1f MB, heap growth %.1f MB%n",
                loaded ? "loaded" : "built", buildSeconds, threads, index.size(), index.groupCount(),
                index.descriptorBytes() / 1e6, (heapAfter - heapBefore) / 1e6);

        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            position.put(index.card(i).id(), i);
        }
        boolean ocr = Boolean.parseBoolean(options.getOrDefault("ocr", "true"));
        out.printf(Locale.ROOT, "OCR %s, CJK font %s%n", ocr ? "on" : "off", CardFaceRenderer.cjkFamily().orElse("none"));
        CardRecognitionPort port = RecognitionEngines.fromIndex(index, renderer, RecognitionSettings.defaults(), ocr);
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
        Random random = new Random(seed);

        // Warm-up outside the measurement: JIT and native library loading.
        for (int i = 0; i < 5; i++) {
            CatalogueCard card = cards.get(random.nextInt(cards.size()));
            port.recognize(new CardPhoto(synthesizer.generate(renderer.render(card, 630, 880), new Random(i)).jpeg()));
        }

        int top1 = 0;
        int top5 = 0;
        int misses = 0;
        int missesFlagged = 0;
        int hitsFlagged = 0;
        int missSameFace = 0;
        int outlineGood = 0;
        int rotationRight = 0;
        int written = 0;
        int cutPhotos = 0;
        int cutRight = 0;
        Map<ConfidenceBucket, int[]> buckets = new EnumMap<>(ConfidenceBucket.class);
        for (ConfidenceBucket b : ConfidenceBucket.values()) {
            buckets.put(b, new int[2]);
        }
        double[] millis = new double[photos];
        double[] cpuMillis = new double[photos];
        for (int p = 0; p < photos; p++) {
            CatalogueCard truth = cards.get(random.nextInt(cards.size()));
            SyntheticPhoto photo = synthesizer.generate(renderer.render(truth, 630, 880), new Random(random.nextLong()));
            long t0 = System.nanoTime();
            long c0 = threads().getCurrentThreadCpuTime();
            CardRecognition result = port.recognize(new CardPhoto(photo.jpeg())).orElseThrow();
            millis[p] = (System.nanoTime() - t0) / 1e6;
            cpuMillis[p] = (threads().getCurrentThreadCpuTime() - c0) / 1e6;

            List<RecognitionCandidate> candidates = result.candidates();
            boolean right = !candidates.isEmpty() && candidates.get(0).cardId().equals(truth.id());
            boolean cut = cutByFrame(photo);
            if (cut) {
                cutPhotos++;
                cutRight += right ? 1 : 0;
            }
            ConfidenceBucket bucket = result.confidence();
            buckets.get(bucket)[right ? 0 : 1]++;
            if (right) {
                top1++;
                if (bucket.needsConfirmation()) {
                    hitsFlagged++;
                }
            } else {
                misses++;
                if (bucket.needsConfirmation()) {
                    missesFlagged++;
                }
                if (!candidates.isEmpty() && index.group(position.get(candidates.get(0).cardId()))
                        == index.group(position.get(truth.id()))) {
                    missSameFace++;
                }
                if (misses <= 25) {
                    RecognitionCandidate got = candidates.isEmpty() ? null : candidates.get(0);
                    out.printf(Locale.ROOT, "  miss %s -> %s %s %.2f same-face=%s turns=%d tilt=%.0f blur=%.1f glare=%s cut=%s%n",
                            truth.id(), got == null ? "-" : got.cardId(), bucket, got == null ? 0 : got.score(),
                            got != null && index.group(position.get(got.cardId())) == index.group(position.get(truth.id())),
                            photo.quarterTurns(), photo.tiltDegrees(), photo.blurAmount(), photo.glare(), cut);
                }
                if (written < failuresToWrite) {
                    Files.write(target.resolve("miss-" + p + "-" + truth.id() + ".jpg"), photo.jpeg());
                    OutlineProbe.writeOverlay(photo, result.outline().map(o -> {
                        double[] xy = new double[8];
                        for (int i = 0; i < 4; i++) {
                            xy[2 * i] = o.corners().get(i).x();
                            xy[2 * i + 1] = o.corners().get(i).y();
                        }
                        return new Quad(xy, 0);
                    }), target.resolve("miss-" + p + "-" + truth.id() + ".png"));
                    written++;
                }
            }
            if (candidates.stream().anyMatch(c -> c.cardId().equals(truth.id()))) {
                top5++;
            }
            if (result.outline().isPresent()) {
                double[] xy = new double[8];
                for (int i = 0; i < 4; i++) {
                    xy[2 * i] = result.outline().get().corners().get(i).x();
                    xy[2 * i + 1] = result.outline().get().corners().get(i).y();
                }
                double diagonal = Math.hypot(PhotoSettings.phonePhotos().width(), PhotoSettings.phonePhotos().height());
                if (new Quad(xy, 0).maxCornerDistance(new Quad(photo.faceCorners(), 0)) <= 0.015 * diagonal) {
                    outlineGood++;
                }
            }
            int expectedRotation = expectedRotation(photo);
            if (!candidates.isEmpty() && candidates.get(0).rotationUsed() == expectedRotation) {
                rotationRight++;
            }
            if ((p + 1) % 100 == 0) {
                out.printf(Locale.ROOT, "  %d photos: top-1 %.1f %%%n", p + 1, 100.0 * top1 / (p + 1));
            }
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.println();
        out.printf(Locale.ROOT, "photos %d (seed %d, %dx%d, canonical %dx%d)%n", photos, seed,
                PhotoSettings.phonePhotos().width(), PhotoSettings.phonePhotos().height(),
                CardLayout.CANONICAL_WIDTH, CardLayout.CANONICAL_HEIGHT);
        out.printf(Locale.ROOT, "top-1 accuracy     %.1f %% (%d/%d)%n", 100.0 * top1 / photos, top1, photos);
        out.printf(Locale.ROOT, "top-5 accuracy     %.1f %%%n", 100.0 * top5 / photos);
        out.printf(Locale.ROOT, "misses flagged     %.1f %% (%d/%d low or conflict); misses within a reprint group %d%n",
                misses == 0 ? 100.0 : 100.0 * missesFlagged / misses, missesFlagged, misses, missSameFace);
        out.printf(Locale.ROOT, "correct but flagged %.1f %% (%d/%d)%n", top1 == 0 ? 0 : 100.0 * hitsFlagged / top1, hitsFlagged, top1);
        out.printf(Locale.ROOT, "outline within 1.5 %% of diagonal %.1f %%, rotation_used right %.1f %%%n",
                100.0 * outlineGood / photos, 100.0 * rotationRight / photos);
        out.printf(Locale.ROOT, "card cut by the photo edge %d photos, of which right %d%n", cutPhotos, cutRight);
        for (ConfidenceBucket b : ConfidenceBucket.values()) {
            out.printf(Locale.ROOT, "  bucket %-8s right %4d wrong %4d%n", b, buckets.get(b)[0], buckets.get(b)[1]);
        }
        out.printf(Locale.ROOT, "latency per photo  p50 %.0f ms, p95 %.0f ms, max %.0f ms (decode + recognize, 1 thread)%n",
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
        double[] cpu = cpuMillis.clone();
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "CPU time per photo p50 %.0f ms, p95 %.0f ms, max %.0f ms (the calling thread's; less load-dependent)%n",
                percentile(cpu, 0.50), percentile(cpu, 0.95), cpu[cpu.length - 1]);
    }

    private static java.lang.management.ThreadMXBean threads() {
        return java.lang.management.ManagementFactory.getThreadMXBean();
    }

    /** Whether a corner of the card lies outside the photo (the user did not frame the whole card). */
    static boolean cutByFrame(SyntheticPhoto photo) {
        double[] xy = photo.faceCorners();
        for (int i = 0; i < 4; i++) {
            if (xy[2 * i] < 0 || xy[2 * i] > PhotoSettings.phonePhotos().width()
                    || xy[2 * i + 1] < 0 || xy[2 * i + 1] > PhotoSettings.phonePhotos().height()) {
                return true;
            }
        }
        return false;
    }

    /** The clockwise quarter turn that makes the photographed face upright again. */
    static int expectedRotation(SyntheticPhoto photo) {
        double angle = photo.tiltDegrees() + 90 * photo.quarterTurns();
        int turns = (int) Math.round(angle / 90.0);
        return Math.floorMod(-turns * 90, 360);
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static Path worktreeRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the worktree");
        }
        return dir;
    }
}
