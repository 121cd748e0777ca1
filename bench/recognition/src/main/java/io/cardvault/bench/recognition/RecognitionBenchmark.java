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
import io.cardvault.recognition.synth.CaptureCondition;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Command-line benchmark. Arguments {@code key=value}: {@code catalogues=en,asia},
 * {@code photos=1000}, {@code seed=20261121}, {@code threads=2}, {@code limit=0} (cards, 0 = all),
 * {@code reuseIndex=false}, {@code failures=0} (per condition, JPEGs of misses written to target/),
 * {@code ocr=true}, {@code conditions=all} (or a list such as {@code FRAMED,CLIPPED_CORNER}: the
 * photos are shared equally among them), {@code answers=} (a file to write every photo's answer to, one
 * line each: two runs of engines meant to answer alike are compared with {@code diff}).
 * The report goes to standard output: it is this tool's product.
 */
public final class RecognitionBenchmark {

    private RecognitionBenchmark() {
    }

    /** The {@code key=value} arguments, each argument possibly several separated by spaces (Maven's one {@code bench.args}). */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    options.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return options;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
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
        Optional<Path> answersFile = Optional.ofNullable(options.get("answers")).filter(a -> !a.isBlank()).map(Path::of);
        List<String> answers = new ArrayList<>();

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
        List<CatalogueCard> catalogue = cards;
        // A neighbouring card is another catalogue card, drawn from the photo's own Random.
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos(),
                r -> renderer.render(catalogue.get(r.nextInt(catalogue.size())), 630, 880));
        List<CaptureCondition> conditions = conditions(options.getOrDefault("conditions", "all"));
        Random random = new Random(seed);

        // Warm-up outside the measurement: JIT and native library loading.
        for (int i = 0; i < 5; i++) {
            CatalogueCard card = cards.get(random.nextInt(cards.size()));
            port.recognize(new CardPhoto(synthesizer.generate(renderer.render(card, 630, 880), new Random(i)).jpeg()));
        }

        Map<CaptureCondition, Tally> tallies = new EnumMap<>(CaptureCondition.class);
        conditions.forEach(c -> tallies.put(c, new Tally(photos / conditions.size() + 1)));
        Tally overall = new Tally(photos);
        Map<CaptureCondition, Integer> written = new EnumMap<>(CaptureCondition.class);
        Map<ConfidenceBucket, int[]> buckets = new EnumMap<>(ConfidenceBucket.class);
        for (ConfidenceBucket b : ConfidenceBucket.values()) {
            buckets.put(b, new int[2]);
        }
        int missSameFace = 0;
        int printed = 0;
        double diagonal = Math.hypot(PhotoSettings.phonePhotos().width(), PhotoSettings.phonePhotos().height());
        for (int p = 0; p < photos; p++) {
            // Round robin: every condition gets an equal share of the photos.
            CaptureCondition condition = conditions.get(p % conditions.size());
            CatalogueCard truth = cards.get(random.nextInt(cards.size()));
            SyntheticPhoto photo = synthesizer.generate(renderer.render(truth, 630, 880), new Random(random.nextLong()),
                    condition);
            long t0 = System.nanoTime();
            long c0 = threads().getCurrentThreadCpuTime();
            CardRecognition result = port.recognize(new CardPhoto(photo.jpeg())).orElseThrow();
            double millis = (System.nanoTime() - t0) / 1e6;
            double cpuMillis = (threads().getCurrentThreadCpuTime() - c0) / 1e6;

            List<RecognitionCandidate> candidates = result.candidates();
            boolean right = !candidates.isEmpty() && candidates.get(0).cardId().equals(truth.id());
            boolean inTop5 = candidates.stream().anyMatch(c -> c.cardId().equals(truth.id()));
            boolean outlineGood = result.outline().isPresent()
                    && quad(result.outline().get()).maxCornerDistance(new Quad(photo.faceCorners(), 0)) <= 0.015 * diagonal;
            boolean rotationRight = !candidates.isEmpty() && candidates.get(0).rotationUsed() == expectedRotation(photo);
            ConfidenceBucket bucket = result.confidence();
            answers.add(String.format(Locale.ROOT, "%d %s %s -> %s %s %.6f rotation=%d", p, condition, truth.id(),
                    candidates.isEmpty() ? "-" : candidates.get(0).cardId(), bucket,
                    candidates.isEmpty() ? 0 : candidates.get(0).score(),
                    candidates.isEmpty() ? -1 : candidates.get(0).rotationUsed()));
            buckets.get(bucket)[right ? 0 : 1]++;
            for (Tally tally : List.of(tallies.get(condition), overall)) {
                tally.add(right, inTop5, bucket, outlineGood, rotationRight, millis, cpuMillis);
            }
            if (!right) {
                boolean sameFace = !candidates.isEmpty() && index.group(position.get(candidates.get(0).cardId()))
                        == index.group(position.get(truth.id()));
                missSameFace += sameFace ? 1 : 0;
                if (printed++ < 40) {
                    RecognitionCandidate got = candidates.isEmpty() ? null : candidates.get(0);
                    out.printf(Locale.ROOT, "  miss %-14s %s -> %s %s %.2f same-face=%s turns=%d tilt=%.0f blur=%.1f glare=%s clipped=%s %.1f %%%n",
                            condition, truth.id(), got == null ? "-" : got.cardId(), bucket, got == null ? 0 : got.score(),
                            sameFace, photo.quarterTurns(), photo.tiltDegrees(), photo.blurAmount(), photo.glare(),
                            photo.clippedSide().orElse("no"), 100 * photo.outsideShare());
                }
                int done = written.getOrDefault(condition, 0);
                if (done < failuresToWrite) {
                    String name = "miss-" + condition + "-" + p + "-" + truth.id();
                    Files.write(target.resolve(name + ".jpg"), photo.jpeg());
                    OutlineProbe.writeOverlay(photo, result.outline().map(RecognitionBenchmark::quad),
                            target.resolve(name + ".png"));
                    written.put(condition, done + 1);
                }
            }
            if ((p + 1) % 100 == 0) {
                out.printf(Locale.ROOT, "  %d photos: top-1 %.1f %%%n", p + 1, 100.0 * overall.top1 / (p + 1));
            }
        }
        if (answersFile.isPresent()) {
            Files.write(answersFile.get(), answers);
        }
        out.println();
        out.printf(Locale.ROOT, "photos %d (seed %d, %dx%d, canonical %dx%d), conditions %s%n", photos, seed,
                PhotoSettings.phonePhotos().width(), PhotoSettings.phonePhotos().height(),
                CardLayout.CANONICAL_WIDTH, CardLayout.CANONICAL_HEIGHT, conditions);
        out.printf(Locale.ROOT, "top-1 accuracy     %.1f %% (%d/%d)%n", 100.0 * overall.top1 / photos, overall.top1, photos);
        out.printf(Locale.ROOT, "top-5 accuracy     %.1f %%%n", 100.0 * overall.top5 / photos);
        int misses = photos - overall.top1;
        out.printf(Locale.ROOT, "misses flagged     %.1f %% (%d/%d low or conflict); misses within a reprint group %d%n",
                misses == 0 ? 100.0 : 100.0 * overall.missesFlagged / misses, overall.missesFlagged, misses, missSameFace);
        out.printf(Locale.ROOT, "correct answers high %.1f %% (%d/%d); correct but flagged low/conflict %d%n",
                overall.top1 == 0 ? 0 : 100.0 * overall.hitsHigh / overall.top1, overall.hitsHigh, overall.top1,
                overall.hitsFlagged);
        for (ConfidenceBucket b : ConfidenceBucket.values()) {
            out.printf(Locale.ROOT, "  bucket %-8s right %4d wrong %4d%n", b, buckets.get(b)[0], buckets.get(b)[1]);
        }
        out.printf(Locale.ROOT, "latency per photo  p50 %.0f ms, p95 %.0f ms, max %.0f ms (decode + recognize, 1 thread)%n",
                overall.latency(0.50), overall.latency(0.95), overall.latency(1.0));
        out.printf(Locale.ROOT, "CPU time per photo p50 %.0f ms, p95 %.0f ms, max %.0f ms (the calling thread's; less load-dependent)%n",
                overall.cpu(0.50), overall.cpu(0.95), overall.cpu(1.0));
        out.println();
        out.println("| condition | photos | top-1 | top-5 | misses flagged low/conflict | correct answers high "
                + "| outline found | rotation right | p50 ms | p95 ms | CPU ms/photo (mean, p95) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        tallies.forEach((condition, tally) -> out.println(tally.row(condition.name())));
        out.println(overall.row("**overall**"));
    }

    /** {@code all}, or a comma-separated list of {@link CaptureCondition} names. */
    static List<CaptureCondition> conditions(String option) {
        if (option.equalsIgnoreCase("all")) {
            return List.of(CaptureCondition.values());
        }
        List<CaptureCondition> chosen = new ArrayList<>();
        for (String name : option.split(",")) {
            CaptureCondition condition = CaptureCondition.valueOf(name.trim().toUpperCase(Locale.ROOT));
            if (!chosen.contains(condition)) {
                chosen.add(condition);
            }
        }
        return chosen;
    }

    private static Quad quad(io.cardvault.domain.recognition.CardOutline outline) {
        double[] xy = new double[8];
        for (int i = 0; i < 4; i++) {
            xy[2 * i] = outline.corners().get(i).x();
            xy[2 * i + 1] = outline.corners().get(i).y();
        }
        return new Quad(xy, 0);
    }

    /** One condition's (or all photos') counts and timings. */
    private static final class Tally {
        private int photos;
        private int top1;
        private int top5;
        private int missesFlagged;
        private int hitsHigh;
        private int hitsFlagged;
        private int outlineGood;
        private int rotationRight;
        private final List<Double> millis;
        private final List<Double> cpuMillis;

        Tally(int expected) {
            millis = new ArrayList<>(expected);
            cpuMillis = new ArrayList<>(expected);
        }

        void add(boolean right, boolean inTop5, ConfidenceBucket bucket, boolean outline, boolean rotation,
                 double latency, double cpu) {
            photos++;
            top1 += right ? 1 : 0;
            top5 += inTop5 ? 1 : 0;
            missesFlagged += !right && bucket.needsConfirmation() ? 1 : 0;
            hitsHigh += right && bucket == ConfidenceBucket.HIGH ? 1 : 0;
            hitsFlagged += right && bucket.needsConfirmation() ? 1 : 0;
            outlineGood += outline ? 1 : 0;
            rotationRight += rotation ? 1 : 0;
            millis.add(latency);
            cpuMillis.add(cpu);
        }

        double latency(double q) {
            return percentile(millis, q);
        }

        double cpu(double q) {
            return percentile(cpuMillis, q);
        }

        String row(String name) {
            int misses = photos - top1;
            double cpuMean = cpuMillis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return String.format(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% | %s | %s | %.1f %% | %.1f %% | %.0f | %.0f | %.0f, %.0f |",
                    name, photos, share(top1, photos), share(top5, photos),
                    misses == 0 ? "no misses" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", share(missesFlagged, misses), missesFlagged, misses),
                    top1 == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", share(hitsHigh, top1)),
                    share(outlineGood, photos), share(rotationRight, photos), latency(0.5), latency(0.95), cpuMean, cpu(0.95));
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }

        private static double percentile(List<Double> values, double q) {
            if (values.isEmpty()) {
                return 0;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
        }
    }

    private static java.lang.management.ThreadMXBean threads() {
        return java.lang.management.ManagementFactory.getThreadMXBean();
    }

    /** The clockwise quarter turn that makes the photographed face upright again. */
    static int expectedRotation(SyntheticPhoto photo) {
        double angle = photo.tiltDegrees() + 90 * photo.quarterTurns();
        int turns = (int) Math.round(angle / 90.0);
        return Math.floorMod(-turns * 90, 360);
    }

    static Path worktreeRoot() {
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
