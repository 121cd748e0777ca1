package io.cardvault.bench.fingerprint;

import io.cardvault.application.port.out.FingerprintPhotoPort;
import io.cardvault.application.port.out.WatermarkImagePort;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.trust.ConfirmationCode;
import io.cardvault.domain.trust.FingerprintIndex;
import io.cardvault.domain.trust.PerceptualHash;
import io.cardvault.domain.trust.PhotoFingerprint;
import io.cardvault.recognition.RecognitionEngines;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.synth.PhotoEdits;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Command-line benchmark. Arguments {@code key=value}: {@code protected=300} (protected listing
 * photos), {@code unrelated=1000} (photos of other cards), {@code seed=20261207}, {@code threshold=6},
 * {@code indexed=100000} (protected photos the search is timed at; 0 skips it).
 *
 * <p>Each protected photo is a synthetic phone photo of a random English Pokémon card
 * ({@link PhotoSettings#phonePhotos()}: tilt, clutter, blur, glare, JPEG 40–90), watermarked with a
 * fresh code and fingerprinted exactly as the server does it. Each is re-posted four ways — JPEG
 * quality 50; resized to 50 %; cropped by 10 % of each side's length (the cut split at random
 * between the two sides); lightly recoloured (channel gains ±10 %, brightness ±15) — and once with
 * all four at once. A re-post counts as matched when its nearest protected photo is its own and at
 * most the threshold away. The unrelated photos (other cards, not watermarked) count as false
 * matches when any protected photo is at most the threshold away. So does another seller's own photo of
 * each protected card (the same face photographed again: its own background, tilt, framing, light and
 * JPEG, no watermark), the case most likely to come near. Last, the photo check's in-memory search is
 * timed at {@code indexed} protected photos. The report goes to standard output.
 */
public final class FingerprintBenchmark {

    private FingerprintBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    options.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        int protectedCount = Integer.parseInt(options.getOrDefault("protected", "300"));
        int unrelatedCount = Integer.parseInt(options.getOrDefault("unrelated", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261207"));
        int threshold = Integer.parseInt(options.getOrDefault("threshold", "6"));
        int indexed = Integer.parseInt(options.getOrDefault("indexed", "100000"));
        PrintStream out = System.out;

        Path data = worktreeRoot().resolve("../shared/data").normalize();
        List<CatalogueCard> cards = new ArrayList<>(CatalogueReader.read(data.resolve("catalogue/tcgdex-en")));
        Random random = new Random(seed);
        Collections.shuffle(cards, random);
        if (cards.size() < protectedCount + unrelatedCount) {
            throw new IllegalArgumentException("only " + cards.size() + " cards");
        }
        CardFaceRenderer renderer = new CardFaceRenderer(data.resolve("art"));
        PhotoSynthesizer synthesizer = new PhotoSynthesizer(PhotoSettings.phonePhotos());
        WatermarkImagePort watermarks = RecognitionEngines.watermarks();
        FingerprintPhotoPort fingerprints = RecognitionEngines.fingerprints();

        List<PhotoFingerprint> index = new ArrayList<>();
        List<BufferedImage> served = new ArrayList<>();
        long watermarkNanos = 0;
        long fingerprintNanos = 0;
        for (int i = 0; i < protectedCount; i++) {
            byte[] photo = synthesizer.generate(renderer.render(cards.get(i), 630, 880), new Random(random.nextLong())).jpeg();
            long started = System.nanoTime();
            byte[] marked = watermarks.watermark(photo, ImageFormat.JPEG, ConfirmationCode.generate(random), "CardVault");
            long watermarked = System.nanoTime();
            index.add(fingerprints.protectedViews(marked));
            fingerprintNanos += System.nanoTime() - watermarked;
            watermarkNanos += watermarked - started;
            served.add(PhotoEdits.read(marked));
        }
        out.printf(Locale.ROOT, "%d protected photos: watermark %.1f ms, fingerprint (26 views) %.1f ms per photo%n",
                protectedCount, watermarkNanos / 1e6 / protectedCount, fingerprintNanos / 1e6 / protectedCount);

        Map<String, BiFunction<BufferedImage, Random, byte[]>> edits = new LinkedHashMap<>();
        edits.put("re-compressed (JPEG q50)", (image, r) -> PhotoEdits.jpeg(image, 0.5f));
        edits.put("resized to 50 %", (image, r) -> PhotoEdits.jpeg(PhotoEdits.resize(image, 0.5), 0.85f));
        edits.put("cropped 10 %", (image, r) -> PhotoEdits.jpeg(PhotoEdits.crop(image, 0.10, r.nextDouble(), r.nextDouble()), 0.85f));
        edits.put("recoloured", (image, r) -> PhotoEdits.jpeg(recolour(image, r), 0.85f));
        edits.put("all four at once", (image, r) -> PhotoEdits.jpeg(recolour(PhotoEdits.crop(PhotoEdits.resize(image, 0.5), 0.10,
                r.nextDouble(), r.nextDouble()), r), 0.5f));

        int allTrials = 0;
        int allMatched = 0;
        List<Integer> ownDistances = new ArrayList<>();
        for (Map.Entry<String, BiFunction<BufferedImage, Random, byte[]>> edit : edits.entrySet()) {
            int matched = 0;
            int[] distances = new int[protectedCount];
            for (int i = 0; i < protectedCount; i++) {
                PhotoFingerprint probe = fingerprints.probe(edit.getValue().apply(served.get(i), random));
                int nearest = -1;
                int best = Integer.MAX_VALUE;
                for (int j = 0; j < index.size(); j++) {
                    int distance = index.get(j).distanceFrom(probe);
                    if (distance < best) {
                        best = distance;
                        nearest = j;
                    }
                }
                distances[i] = index.get(i).distanceFrom(probe);
                ownDistances.add(distances[i]);
                if (nearest == i && best <= threshold) {
                    matched++;
                }
            }
            allTrials += protectedCount;
            allMatched += matched;
            Arrays.sort(distances);
            out.printf(Locale.ROOT, "%-26s matched %5.1f %% (%d/%d); distance to own p50 %d, p95 %d, max %d%n", edit.getKey(),
                    100.0 * matched / protectedCount, matched, protectedCount, distances[protectedCount / 2],
                    distances[(int) (protectedCount * 0.95)], distances[protectedCount - 1]);
        }
        out.printf(Locale.ROOT, "all re-posts: matched %.1f %% (%d/%d) at threshold %d%n", 100.0 * allMatched / allTrials,
                allMatched, allTrials, threshold);

        int[] nearestUnrelated = new int[unrelatedCount];
        for (int u = 0; u < unrelatedCount; u++) {
            byte[] photo = synthesizer.generate(renderer.render(cards.get(protectedCount + u), 630, 880),
                    new Random(random.nextLong())).jpeg();
            PhotoFingerprint probe = fingerprints.probe(photo);
            int best = Integer.MAX_VALUE;
            for (PhotoFingerprint candidate : index) {
                best = Math.min(best, candidate.distanceFrom(probe));
            }
            nearestUnrelated[u] = best;
        }
        Arrays.sort(nearestUnrelated);
        out.printf(Locale.ROOT, "%d unrelated card photos: nearest protected photo min %d, p1 %d, p50 %d%n", unrelatedCount,
                nearestUnrelated[0], nearestUnrelated[unrelatedCount / 100], nearestUnrelated[unrelatedCount / 2]);
        // Another seller's own photo of the same printing: the same card face shot again (its own background,
        // tilt, framing, light, blur and JPEG), never watermarked. It must NOT match the protected listing.
        // Drawn from a stream of its own so the figures above stay those of earlier runs with the same seed.
        Random rivalRandom = new Random(seed * 31 + 7);
        int[] nearestRival = new int[protectedCount];
        int[] rivalToOwn = new int[protectedCount];
        int rivalOwnNearest = 0;
        for (int i = 0; i < protectedCount; i++) {
            byte[] photo = synthesizer.generate(renderer.render(cards.get(i), 630, 880), new Random(rivalRandom.nextLong())).jpeg();
            PhotoFingerprint probe = fingerprints.probe(photo);
            int best = Integer.MAX_VALUE;
            int nearest = -1;
            for (int j = 0; j < index.size(); j++) {
                int distance = index.get(j).distanceFrom(probe);
                if (distance < best) {
                    best = distance;
                    nearest = j;
                }
            }
            nearestRival[i] = best;
            rivalToOwn[i] = index.get(i).distanceFrom(probe);
            rivalOwnNearest += nearest == i ? 1 : 0;
        }
        long rivalMatches = Arrays.stream(nearestRival).filter(d -> d <= threshold).count();
        int[] sortedRivalToOwn = rivalToOwn.clone();
        Arrays.sort(sortedRivalToOwn);
        out.printf(Locale.ROOT, "%d other sellers' photos of the same cards: falsely matched %.2f %% (%d/%d) at threshold %d; "
                        + "distance to the same card's protected photo min %d, p1 %d, p5 %d, p50 %d; nearest is the same card's in %d%n",
                protectedCount, 100.0 * rivalMatches / protectedCount, rivalMatches, protectedCount, threshold, sortedRivalToOwn[0],
                sortedRivalToOwn[protectedCount / 100], sortedRivalToOwn[protectedCount / 20], sortedRivalToOwn[protectedCount / 2],
                rivalOwnNearest);

        Collections.sort(ownDistances);
        for (int t = 4; t <= 16; t += 2) {
            final int limit = t;
            long falseMatches = Arrays.stream(nearestUnrelated).filter(d -> d <= limit).count();
            long rivalsWithin = Arrays.stream(nearestRival).filter(d -> d <= limit).count();
            long truePairs = ownDistances.stream().filter(d -> d <= limit).count();
            out.printf(Locale.ROOT, "threshold %2d: re-posts within %5.1f %%, unrelated photos within (false matches) %5.2f %%, "
                            + "same card by another seller within %5.2f %%%s%n", t, 100.0 * truePairs / ownDistances.size(),
                    100.0 * falseMatches / unrelatedCount, 100.0 * rivalsWithin / protectedCount, t == threshold ? "  <- used" : "");
        }

        if (indexed > 0) {
            searchAtScale(index, fingerprints, served, indexed, random, out);
        }
    }

    /**
     * The photo check's search at {@code photos} protected photos: the kept fingerprints, then made-up ones
     * (26 random views each) up to that count, in the server's {@link FingerprintIndex}; each search is the
     * whole view of a re-posted protected photo (so the answer is known). Prints the time per search and
     * the index's size.
     */
    private static void searchAtScale(List<PhotoFingerprint> kept, FingerprintPhotoPort fingerprints, List<BufferedImage> served,
                                      int photos, Random random, PrintStream out) {
        FingerprintIndex index = new FingerprintIndex();
        for (int i = 0; i < kept.size(); i++) {
            index.add(i, kept.get(i));
        }
        for (int i = kept.size(); i < photos; i++) {
            PerceptualHash[] views = new PerceptualHash[26];
            for (int v = 0; v < views.length; v++) {
                views[v] = new PerceptualHash(new long[] {random.nextLong()});
            }
            index.add(i, new PhotoFingerprint(List.of(views)));
        }
        List<PhotoFingerprint> probes = new ArrayList<>();
        for (int i = 0; i < Math.min(50, served.size()); i++) {
            probes.add(fingerprints.probe(PhotoEdits.jpeg(served.get(i), 0.5f)));
        }
        for (int warm = 0; warm < 20; warm++) {
            index.nearest(probes.get(warm % probes.size()));
        }
        int searches = 200;
        long[] nanos = new long[searches];
        int right = 0;
        for (int s = 0; s < searches; s++) {
            int which = s % probes.size();
            long started = System.nanoTime();
            FingerprintIndex.Nearest nearest = index.nearest(probes.get(which)).orElseThrow();
            nanos[s] = System.nanoTime() - started;
            right += nearest.key() == which ? 1 : 0;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "photo check search at %,d protected photos (%,d views, %.1f MB of hashes): p50 %.2f ms, p99 %.2f ms "
                        + "per search; own photo nearest in %d/%d%n", index.size(), index.views(), index.views() * 8 / 1e6,
                nanos[searches / 2] / 1e6, nanos[searches * 99 / 100] / 1e6, right, searches);
    }

    private static BufferedImage recolour(BufferedImage image, Random random) {
        return PhotoEdits.recolour(image, 0.9 + 0.2 * random.nextDouble(), 0.9 + 0.2 * random.nextDouble(),
                0.9 + 0.2 * random.nextDouble(), random.nextInt(31) - 15);
    }

    /** The worktree root: the nearest folder up from the working directory that holds the Maven wrapper. */
    private static Path worktreeRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("run from inside the worktree");
        }
        return folder;
    }
}
