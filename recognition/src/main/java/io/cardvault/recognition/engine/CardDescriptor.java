package io.cardvault.recognition.engine;

/**
 * Global descriptors of a canonical card crop: 256-bit pHash of the whole card and of the art
 * box, 256-bit dHash of the whole card (4 longs each), and a 128-bin hue/saturation histogram
 * stored as square roots so that a dot product is the Bhattacharyya coefficient.
 */
public record CardDescriptor(long[] pHashCard, long[] pHashArt, long[] dHash, float[] hueSaturation) {

    public static final int HASH_LONGS = 4;
    public static final int HISTOGRAM_BINS = 128;

    public CardDescriptor {
        if (pHashCard.length != HASH_LONGS || pHashArt.length != HASH_LONGS || dHash.length != HASH_LONGS
                || hueSaturation.length != HISTOGRAM_BINS) {
            throw new IllegalArgumentException("descriptor arrays have the wrong length");
        }
    }
}
