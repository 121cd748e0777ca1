package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.render.CardFaceRenderer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Global descriptors of every catalogue card's reference face, searched exhaustively. Distances
 * of each descriptor kind are turned into z-scores over the whole index for each query, then
 * summed with weights, so that no kind dominates by its scale. Cards whose faces differ only in
 * the bottom strip (reprints: same name, HP, type, artwork and text) form a face group; the
 * recognizer tells group members apart by their set code and collector number.
 */
public final class ReferenceIndex {

    private static final int LONGS = 3 * CardDescriptor.HASH_LONGS;
    private static final int BINS = CardDescriptor.HISTOGRAM_BINS;
    private static final int FILE_VERSION = 5;
    /**
     * Histogram bins are kept as bytes: each (a square root in [0, 1]) times 255, rounded. A
     * quarter of the floats' heap (128 instead of 512 bytes a card, 61 MB less at 160k cards); the
     * Bhattacharyya coefficient moves by about 0.001 (rounding errors of at most 1/510 a bin against
     * a unit-length query), far below what tells two faces apart.
     */
    private static final float BIN_SCALE = 255f;

    /** Weights of pHash card, pHash art, dHash, histogram in the fused z-score. */
    private static final double[] WEIGHTS = {1.0, 1.0, 0.7, 0.8};

    private final List<CatalogueCard> cards;
    private final long[] hashes;
    private final byte[] histograms;
    private final int[] groupOf;
    private final int[][] groupMembers;
    private final int[] lookAlikeOf;
    private final int[][] lookAlikeMembers;

    /**
     * The positions a search considers, ascending; {@code null} for all. A view restricted to one
     * game ({@link #only}) shares every array with its index and keeps the positions, so that a
     * position names the same card in both.
     */
    private final int[] scope;
    /** The index a view was made from (itself for an index): views share its lookup by local id. */
    private final ReferenceIndex whole;

    private ReferenceIndex(ReferenceIndex whole, int[] scope) {
        this.whole = whole.whole;
        this.cards = whole.cards;
        this.hashes = whole.hashes;
        this.histograms = whole.histograms;
        this.groupOf = whole.groupOf;
        this.groupMembers = whole.groupMembers;
        this.lookAlikeOf = whole.lookAlikeOf;
        this.lookAlikeMembers = whole.lookAlikeMembers;
        this.scope = scope;
    }

    private ReferenceIndex(List<CatalogueCard> cards, long[] hashes, byte[] histograms) {
        this.scope = null;
        this.whole = this;
        this.cards = List.copyOf(cards);
        this.hashes = hashes;
        this.histograms = histograms;
        this.groupOf = new int[cards.size()];
        this.groupMembers = partition(cards, ReferenceIndex::faceKey, groupOf);
        this.lookAlikeOf = new int[cards.size()];
        this.lookAlikeMembers = partition(cards, ReferenceIndex::artKey, lookAlikeOf);
    }

    /** Groups the cards by {@code key}: fills each card's group number and answers each group's members. */
    private static int[][] partition(List<CatalogueCard> cards, java.util.function.Function<CatalogueCard, String> key,
                                     int[] groupOf) {
        Map<String, Integer> groups = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            int group = groups.computeIfAbsent(key.apply(cards.get(i)), k -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            groupOf[i] = group;
            members.get(group).add(i);
        }
        return members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Renders and describes every card, on {@code threads} worker threads. */
    public static ReferenceIndex build(List<CatalogueCard> cards, CardFaceRenderer renderer, int threads) {
        long[] hashes = new long[cards.size() * LONGS];
        byte[] histograms = new byte[cards.size() * BINS];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = 256;
            for (int start = 0; start < cards.size(); start += chunk) {
                final int from = start;
                final int to = Math.min(cards.size(), start + chunk);
                parts.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        try (PointerScope scope = new PointerScope()) {
                            Mat face = Mats.fromImage(renderer.render(cards.get(i)));
                            store(DescriptorExtractor.extract(face), i, hashes, histograms);
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("index build failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return new ReferenceIndex(cards, hashes, histograms);
    }

    /**
     * A copy with extra references: each pairs the index of an indexed card with the descriptor
     * of a confirmed photo of it. The extra entry joins its card's face group and answers as that
     * card (same {@link CatalogueCard}); the recognizer keeps one entry per card id.
     */
    public ReferenceIndex withExtras(List<Map.Entry<Integer, CardDescriptor>> extras) {
        int n = cards.size();
        List<CatalogueCard> all = new ArrayList<>(cards);
        long[] moreHashes = java.util.Arrays.copyOf(hashes, (n + extras.size()) * LONGS);
        byte[] moreHistograms = java.util.Arrays.copyOf(histograms, (n + extras.size()) * BINS);
        for (int e = 0; e < extras.size(); e++) {
            all.add(cards.get(extras.get(e).getKey()));
            store(extras.get(e).getValue(), n + e, moreHashes, moreHistograms);
        }
        return new ReferenceIndex(all, moreHashes, moreHistograms);
    }

    /** Saves the descriptors (cards are re-read from the catalogue, they are not stored). */
    public void save(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(FILE_VERSION);
            out.writeUTF(CardFaceRenderer.signature());
            out.writeInt(cards.size());
            for (CatalogueCard card : cards) {
                out.writeUTF(card.id());
            }
            for (long h : hashes) {
                out.writeLong(h);
            }
            out.write(histograms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save index to " + file, e);
        }
    }

    /**
     * Loads saved descriptors if the file exists, lists exactly these cards and was rendered with
     * the same fonts ({@link CardFaceRenderer#signature()}).
     */
    public static Optional<ReferenceIndex> load(Path file, List<CatalogueCard> cards) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FILE_VERSION || !in.readUTF().equals(CardFaceRenderer.signature())
                    || in.readInt() != cards.size()) {
                return Optional.empty();
            }
            for (CatalogueCard card : cards) {
                if (!in.readUTF().equals(card.id())) {
                    return Optional.empty();
                }
            }
            long[] hashes = new long[cards.size() * LONGS];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = in.readLong();
            }
            byte[] histograms = new byte[cards.size() * BINS];
            in.readFully(histograms);
            return Optional.of(new ReferenceIndex(cards, hashes, histograms));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load index from " + file, e);
        }
    }

    private static void store(CardDescriptor d, int i, long[] hashes, byte[] histograms) {
        System.arraycopy(d.pHashCard(), 0, hashes, i * LONGS, 4);
        System.arraycopy(d.pHashArt(), 0, hashes, i * LONGS + 4, 4);
        System.arraycopy(d.dHash(), 0, hashes, i * LONGS + 8, 4);
        float[] bins = d.hueSaturation();
        for (int b = 0; b < BINS; b++) {
            histograms[i * BINS + b] = (byte) Math.round(Math.max(0f, Math.min(1f, bins[b])) * BIN_SCALE);
        }
    }

    /**
     * What makes two faces look alike at a glance: same category, name, type and artwork. Such
     * cards (reprints, and the same Pokémon in other sets with other attacks) differ only in
     * their printed text, so the recognizer compares text regions across the whole group.
     */
    static String faceKey(CatalogueCard c) {
        return c.game() + '|' + c.category() + '|' + c.name() + '|' + c.types() + '|' + c.dexIds();
    }

    /**
     * A view searching only the cards of one game (the caller's {@code tcg_slug}): same arrays, same
     * positions, so it costs an int per card of that game. Face groups never span games (the game
     * is part of {@link #faceKey}), so a group's members are all in the view.
     */
    public ReferenceIndex only(String gameSlug) {
        String game = gameSlug.strip().toLowerCase(java.util.Locale.ROOT);
        return new ReferenceIndex(this, java.util.stream.IntStream.range(0, cards.size())
                .filter(i -> cards.get(i).game().equals(game)).toArray());
    }

    /** How many references the searches of this index (or view) consider. */
    public int searched() {
        return scope == null ? cards.size() : scope.length;
    }

    /** Cards per game among the references, in order of first appearance. */
    public Map<String, Integer> cardsPerGame() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int s = 0; s < searched(); s++) {
            counts.merge(cards.get(position(s)).game(), 1, Integer::sum);
        }
        return counts;
    }

    private int position(int s) {
        return scope == null ? s : scope[s];
    }

    private boolean inScope(int position) {
        return scope == null || java.util.Arrays.binarySearch(scope, position) >= 0;
    }

    /**
     * What a face's artwork is drawn from: its first dex number (a Pokémon looks the same in every
     * set, whatever the card's name, HP or attacks), or the face group for cards drawn without
     * artwork. All of Charizard's printings, in every language, share one: their names tell some
     * apart, only the strip tells them all apart.
     */
    static String artKey(CatalogueCard c) {
        return c.dexIds().isEmpty() ? "face|" + faceKey(c) : "dex|" + c.dexIds().get(0);
    }

    /** Cards by their local id in {@link OcrEvidence#canonicalNumber} form, made on first use. */
    private volatile Map<String, int[]> byLocalId;

    /**
     * The references whose local id (the collector number before the slash) has the canonical
     * form {@code localId} ({@code 042} and {@code 42} alike).
     */
    public int[] withLocalId(String localId) {
        if (whole != this) {
            return java.util.Arrays.stream(whole.withLocalId(localId)).filter(this::inScope).toArray();
        }
        Map<String, int[]> map = byLocalId;
        if (map == null) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < cards.size(); i++) {
                lists.computeIfAbsent(OcrEvidence.canonicalNumber(cards.get(i).localId()), k -> new ArrayList<>()).add(i);
            }
            Map<String, int[]> built = new HashMap<>();
            lists.forEach((k, v) -> built.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byLocalId = map = built;
        }
        return map.getOrDefault(localId, new int[0]).clone();
    }

    /** Whether two references are drawn with the same artwork (see {@link #artKey}). */
    public boolean lookAlike(int a, int b) {
        return lookAlikeOf[a] == lookAlikeOf[b];
    }

    /** The references drawn with the same artwork as {@code index}, itself included. */
    public int[] lookAlikes(int index) {
        return lookAlikeMembers[lookAlikeOf[index]].clone();
    }

    /** Similarity in [0, 1] of one reference to a query descriptor (as in {@link Hit}). */
    public double similarity(int index, CardDescriptor q) {
        int base = index * LONGS;
        int[] d = new int[3];
        long[][] parts = {q.pHashCard(), q.pHashArt(), q.dHash()};
        for (int part = 0; part < 3; part++) {
            for (int j = 0; j < 4; j++) {
                d[part] += Long.bitCount(hashes[base + part * 4 + j] ^ parts[part][j]);
            }
        }
        return similarity(d[0], d[1], d[2], dot(index, q.hueSaturation()));
    }

    public int size() {
        return cards.size();
    }

    public CatalogueCard card(int index) {
        return cards.get(index);
    }

    public int group(int index) {
        return groupOf[index];
    }

    public int[] groupMembers(int group) {
        return groupMembers[group].clone();
    }

    public int groupCount() {
        return groupMembers.length;
    }

    /** Approximate heap held by the descriptors, in bytes. */
    public long descriptorBytes() {
        return hashes.length * 8L + histograms.length + groupOf.length * 12L;
    }

    /** A ranked reference: fused z-score (lower is closer) and the similarity in [0, 1]. */
    public record Hit(int index, double fused, double similarity) {
    }

    /** Histogram distances are computed in full only for this many hash-nearest references. */
    private static final int HISTOGRAM_SHORTLIST = 600;
    /** Every how many references one is sampled to estimate the histogram distance spread. */
    private static final int HISTOGRAM_SAMPLE_STRIDE = 16;

    /**
     * The {@code k} nearest references by fused z-score, best first. Two stages keep a query near
     * 2 ms at 40k cards: hash distances (popcounts) for every reference, then the 128-bin
     * histogram only for the hash shortlist, its spread estimated on a fixed sample. A view (one
     * game) takes the z-scores' statistics over the whole index and ranks only its own cards: the
     * fused scores of the photo's hypotheses (its turns) stay comparable, which they would not be
     * among a few thousand text-only faces that all look alike.
     */
    public List<Hit> search(CardDescriptor q, int k) {
        int n = cards.size();
        int count = searched();
        int[][] distances = new int[3][n];
        int[] pCard = distances[0];
        int[] pArt = distances[1];
        int[] dHash = distances[2];
        long[] qc = q.pHashCard();
        long[] qa = q.pHashArt();
        long[] qd = q.dHash();
        long c0 = qc[0], c1 = qc[1], c2 = qc[2], c3 = qc[3];
        long a0 = qa[0], a1 = qa[1], a2 = qa[2], a3 = qa[3];
        long d0 = qd[0], d1 = qd[1], d2 = qd[2], d3 = qd[3];
        // Integer sums: exactly the doubles summed one distance at a time (far below 2^53).
        long sumCard = 0, sumArt = 0, sumD = 0, squaresCard = 0, squaresArt = 0, squaresD = 0;
        float[] qh = q.hueSaturation();
        for (int i = 0; i < n; i++) {
            int o = i * LONGS;
            int card = Long.bitCount(hashes[o] ^ c0) + Long.bitCount(hashes[o + 1] ^ c1)
                    + Long.bitCount(hashes[o + 2] ^ c2) + Long.bitCount(hashes[o + 3] ^ c3);
            int art = Long.bitCount(hashes[o + 4] ^ a0) + Long.bitCount(hashes[o + 5] ^ a1)
                    + Long.bitCount(hashes[o + 6] ^ a2) + Long.bitCount(hashes[o + 7] ^ a3);
            int diff = Long.bitCount(hashes[o + 8] ^ d0) + Long.bitCount(hashes[o + 9] ^ d1)
                    + Long.bitCount(hashes[o + 10] ^ d2) + Long.bitCount(hashes[o + 11] ^ d3);
            pCard[i] = card;
            pArt[i] = art;
            dHash[i] = diff;
            sumCard += card;
            sumArt += art;
            sumD += diff;
            squaresCard += card * card;
            squaresArt += art * art;
            squaresD += diff * diff;
        }
        double[] sum = {sumCard, sumArt, sumD, 0};
        double[] sumSquares = {squaresCard, squaresArt, squaresD, 0};
        int sampled = 0;
        for (int i = 0; i < n; i += HISTOGRAM_SAMPLE_STRIDE) {
            double dist = 1 - dot(i, qh);
            sum[3] += dist;
            sumSquares[3] += dist * dist;
            sampled++;
        }
        double[] mean = new double[4];
        double[] scale = new double[4];
        for (int c = 0; c < 4; c++) {
            int samples = c == 3 ? sampled : n;
            mean[c] = sum[c] / samples;
            double variance = Math.max(1e-12, sumSquares[c] / samples - mean[c] * mean[c]);
            scale[c] = WEIGHTS[c] / Math.sqrt(variance);
        }
        int shortlistSize = Math.min(count, Math.max(k, HISTOGRAM_SHORTLIST));
        int[] shortlist = smallest(count, shortlistSize, i -> (distances[0][i] - mean[0]) * scale[0]
                + (distances[1][i] - mean[1]) * scale[1] + (distances[2][i] - mean[2]) * scale[2]);
        WorstFirst nearest = new WorstFirst(k);
        for (int i : shortlist) {
            float bc = dot(i, qh);
            double fused = (distances[0][i] - mean[0]) * scale[0] + (distances[1][i] - mean[1]) * scale[1]
                    + (distances[2][i] - mean[2]) * scale[2] + ((1 - (double) bc) - mean[3]) * scale[3];
            nearest.offer(i, fused, bc);
        }
        Hit[] hits = new Hit[nearest.size()];
        for (int h = hits.length - 1; h >= 0; h--) {
            int i = nearest.worstIndex();
            hits[h] = new Hit(i, nearest.worstKey(), similarity(distances[0][i], distances[1][i], distances[2][i],
                    nearest.worstExtra()));
            nearest.poll();
        }
        return new ArrayList<>(java.util.Arrays.asList(hits));
    }

    private float dot(int i, float[] qh) {
        float dot = 0;
        int hb = i * BINS;
        for (int b = 0; b < BINS; b++) {
            dot += (histograms[hb + b] & 0xFF) * qh[b];
        }
        return dot / BIN_SCALE;
    }

    private int[] smallest(int count, int k, java.util.function.IntToDoubleFunction key) {
        WorstFirst nearest = new WorstFirst(k);
        for (int s = 0; s < count; s++) {
            int i = position(s);
            nearest.offer(i, key.applyAsDouble(i), 0);
        }
        return nearest.indices();
    }

    /**
     * The {@code capacity} smallest keys offered, in a binary heap with the largest on top, on
     * primitive arrays: a search offers tens of thousands of references and keeps hundreds. Its
     * sift steps and tie rules are {@link PriorityQueue}'s (a key replaces the top only when
     * strictly smaller), so the references kept among equal keys, and the order in which they come
     * out, are those of the boxed queue it replaces.
     */
    static final class WorstFirst {
        private final int capacity;
        private final int[] indices;
        private final double[] keys;
        private final float[] extras;
        private int size;

        WorstFirst(int capacity) {
            indices = new int[Math.max(1, capacity)];
            keys = new double[indices.length];
            extras = new float[indices.length];
            this.capacity = capacity;
        }

        /** Keeps the reference if there is room or its key is below the largest kept (which then goes). */
        void offer(int index, double key, float extra) {
            if (size < capacity) {
                siftUp(size++, index, key, extra);
            } else if (capacity > 0 && key < keys[0]) {
                poll();
                siftUp(size++, index, key, extra);
            }
        }

        int size() {
            return size;
        }

        int worstIndex() {
            return indices[0];
        }

        double worstKey() {
            return keys[0];
        }

        float worstExtra() {
            return extras[0];
        }

        /** The kept references in heap order (the boxed queue's iteration order). */
        int[] indices() {
            return java.util.Arrays.copyOf(indices, size);
        }

        /** Removes the largest key. */
        void poll() {
            int last = --size;
            if (last > 0) {
                siftDown(indices[last], keys[last], extras[last], last);
            }
        }

        private void siftUp(int at, int index, double key, float extra) {
            int k = at;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (Double.compare(keys[parent], key) >= 0) {
                    break;
                }
                move(parent, k);
                k = parent;
            }
            put(k, index, key, extra);
        }

        private void siftDown(int index, double key, float extra, int n) {
            int k = 0;
            int half = n >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                int right = child + 1;
                if (right < n && Double.compare(keys[right], keys[child]) > 0) {
                    child = right;
                }
                if (Double.compare(keys[child], key) <= 0) {
                    break;
                }
                move(child, k);
                k = child;
            }
            put(k, index, key, extra);
        }

        private void move(int from, int to) {
            put(to, indices[from], keys[from], extras[from]);
        }

        private void put(int at, int index, double key, float extra) {
            indices[at] = index;
            keys[at] = key;
            extras[at] = extra;
        }
    }

    /**
     * Similarity in [0, 1]: each hash maps 0 differing bits to 1 and half the bits (unrelated
     * images) to 0; the histogram maps a Bhattacharyya coefficient of 0.5 or less to 0.
     */
    static double similarity(int pCard, int pArt, int d, float bc) {
        double s0 = clamp(1 - pCard / 128.0);
        double s1 = clamp(1 - pArt / 128.0);
        double s2 = clamp(1 - d / 128.0);
        double s3 = clamp((bc - 0.5) / 0.5);
        return (WEIGHTS[0] * s0 + WEIGHTS[1] * s1 + WEIGHTS[2] * s2 + WEIGHTS[3] * s3)
                / (WEIGHTS[0] + WEIGHTS[1] + WEIGHTS[2] + WEIGHTS[3]);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
