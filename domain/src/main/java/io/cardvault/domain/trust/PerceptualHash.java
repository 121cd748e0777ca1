package io.cardvault.domain.trust;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One perceptual hash of {@link #BITS} bits: near images have hashes a small Hamming distance apart.
 * How the bits are computed is the fingerprinting adapter's; this value only holds and compares them.
 */
public record PerceptualHash(long[] words) {

    public static final int BITS = 64;
    public static final int BYTES = BITS / 8;

    public PerceptualHash {
        Objects.requireNonNull(words, "words");
        if (words.length != BITS / 64) {
            throw new IllegalArgumentException("a perceptual hash has " + BITS + " bits, not " + words.length * 64);
        }
        words = words.clone();
    }

    /** The number of bits in which the two hashes differ, 0..{@link #BITS}. */
    public int distance(PerceptualHash other) {
        int bits = 0;
        for (int i = 0; i < words.length; i++) {
            bits += Long.bitCount(words[i] ^ other.words[i]);
        }
        return bits;
    }

    @Override
    public long[] words() {
        return words.clone();
    }

    public byte[] toBytes() {
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BYTES; i++) {
            bytes[i] = (byte) (words[i / 8] >>> (56 - 8 * (i % 8)));
        }
        return bytes;
    }

    public static PerceptualHash fromBytes(byte[] bytes, int offset) {
        long[] words = new long[BITS / 64];
        for (int i = 0; i < BYTES; i++) {
            words[i / 8] = (words[i / 8] << 8) | (bytes[offset + i] & 0xFF);
        }
        return new PerceptualHash(words);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PerceptualHash hash && Arrays.equals(words, hash.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(toBytes());
    }
}
