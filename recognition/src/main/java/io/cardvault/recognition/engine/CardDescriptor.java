package io.cardvault.recognition.engine;

import java.nio.ByteBuffer;

/**
 * Global descriptors of a canonical card crop: 256-bit pHash of the whole card and of the art
 * box, 256-bit dHash of the whole card (4 longs each), and a 128-bin hue/saturation histogram
 * stored as square roots so that a dot product is the Bhattacharyya coefficient.
 */
public record CardDescriptor(long[] pHashCard, long[] pHashArt, long[] dHash, float[] hueSaturation) {

    public static final int HASH_LONGS = 4;
    public static final int HISTOGRAM_BINS = 128;
    /** Size of {@link #toBytes()}: a format version byte, the hashes, the histogram. */
    public static final int SERIALIZED_BYTES = 1 + 3 * HASH_LONGS * Long.BYTES + HISTOGRAM_BINS * Float.BYTES;
    private static final byte FORMAT = 1;

    public CardDescriptor {
        if (pHashCard.length != HASH_LONGS || pHashArt.length != HASH_LONGS || dHash.length != HASH_LONGS
                || hueSaturation.length != HISTOGRAM_BINS) {
            throw new IllegalArgumentException("descriptor arrays have the wrong length");
        }
    }

    /** A stable binary form (stored with scans, read back by {@link #fromBytes}). */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SERIALIZED_BYTES).put(FORMAT);
        for (long[] hash : new long[][]{pHashCard, pHashArt, dHash}) {
            for (long part : hash) {
                buffer.putLong(part);
            }
        }
        for (float bin : hueSaturation) {
            buffer.putFloat(bin);
        }
        return buffer.array();
    }

    public static CardDescriptor fromBytes(byte[] bytes) {
        if (bytes.length != SERIALIZED_BYTES || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not a card descriptor of format " + FORMAT);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        long[][] hashes = new long[3][HASH_LONGS];
        for (long[] hash : hashes) {
            for (int i = 0; i < HASH_LONGS; i++) {
                hash[i] = buffer.getLong();
            }
        }
        float[] histogram = new float[HISTOGRAM_BINS];
        for (int i = 0; i < HISTOGRAM_BINS; i++) {
            histogram[i] = buffer.getFloat();
        }
        return new CardDescriptor(hashes[0], hashes[1], hashes[2], histogram);
    }
}
