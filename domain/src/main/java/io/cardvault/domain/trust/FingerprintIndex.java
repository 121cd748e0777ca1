package io.cardvault.domain.trust;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The protected photos' fingerprints as the photo check searches them: every view's bits in one
 * primitive array, photo after photo, so finding the nearest protected photo to an upload reads no
 * store and allocates nothing per photo. A search is a linear pass (one XOR and bit count per view:
 * about 2.6 million at 100,000 photos of 26 views, 21 MB); the index only grows, as protection does.
 *
 * <p>Each photo is known by a key of its keeper's choosing (a store row's id). Adding is one writer at
 * a time; a search runs on the photos there were when it began and is never blocked by an add.
 */
public final class FingerprintIndex {

    private static final int WORDS = PerceptualHash.BITS / 64;
    private static final int FIRST_CAPACITY = 64;

    /** The nearest protected photo: its key and its distance (bits) from the upload's whole view. */
    public record Nearest(long key, int distance) {
    }

    /**
     * What a search reads: the first {@code photos} keys, and each photo's views from {@code firstView[p]}
     * to {@code firstView[p + 1]} (in hashes, {@code WORDS} words each). Adds write past these bounds
     * only, and publish a new snapshot when done, so a published snapshot never changes under a reader.
     */
    private record Snapshot(long[] words, long[] keys, int[] firstView, int photos) {
    }

    private volatile Snapshot snapshot = new Snapshot(new long[FIRST_CAPACITY * 26 * WORDS], new long[FIRST_CAPACITY],
            new int[FIRST_CAPACITY + 1], 0);

    public synchronized void add(long key, PhotoFingerprint fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Snapshot now = snapshot;
        int photos = now.photos();
        int views = now.firstView()[photos];
        int added = fingerprint.views().size();
        long[] words = now.words();
        long[] keys = now.keys();
        int[] firstView = now.firstView();
        if ((views + added) * WORDS > words.length) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, (views + added) * WORDS));
        }
        if (photos + 1 > keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            firstView = Arrays.copyOf(firstView, keys.length + 1);
        }
        for (PerceptualHash view : fingerprint.views()) {
            System.arraycopy(view.words(), 0, words, views * WORDS, WORDS);
            views++;
        }
        keys[photos] = key;
        firstView[photos + 1] = views;
        snapshot = new Snapshot(words, keys, firstView, photos + 1);
    }

    /**
     * The protected photo whose nearest view lies nearest the upload's whole view
     * ({@link PhotoFingerprint#distanceFrom}); of equally near ones, the one added first. Empty while
     * the index holds none.
     */
    public Optional<Nearest> nearest(PhotoFingerprint found) {
        long[] probe = found.whole().words();
        Snapshot now = snapshot;
        long[] words = now.words();
        int[] firstView = now.firstView();
        int best = Integer.MAX_VALUE;
        int bestPhoto = -1;
        for (int photo = 0; photo < now.photos(); photo++) {
            int end = firstView[photo + 1];
            for (int view = firstView[photo]; view < end; view++) {
                int distance = 0;
                for (int w = 0; w < WORDS; w++) {
                    distance += Long.bitCount(words[view * WORDS + w] ^ probe[w]);
                }
                if (distance < best) {
                    best = distance;
                    bestPhoto = photo;
                }
            }
        }
        return bestPhoto < 0 ? Optional.empty() : Optional.of(new Nearest(now.keys()[bestPhoto], best));
    }

    /** How many photos the index holds. */
    public int size() {
        return snapshot.photos();
    }

    /** How many views (hashes) the index holds over all its photos. */
    public int views() {
        Snapshot now = snapshot;
        return now.firstView()[now.photos()];
    }
}
