package io.cardvault.adapter.out.sources.pricefile;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** An upstream response read to its end (so a cut connection is noticed before anything is parsed), with its SHA-1. */
public record UpstreamBody(byte[] bytes, byte[] sha1) {

    /** Cardmarket's full guide is ~15 MB; anything far beyond a sane upstream size is refused. */
    public static final int MAX_BYTES = 512 * 1024 * 1024;

    public static UpstreamBody of(byte[] bytes) {
        try {
            return new UpstreamBody(bytes, MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    public static UpstreamBody read(InputStream in, String upstream) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new MalformedPriceFileException(upstream + " is larger than " + MAX_BYTES + " bytes");
        }
        return of(bytes);
    }

    /** The SHA-1 of several bodies in order (a tcgcsv ingest is many files). */
    public static byte[] combined(Iterable<UpstreamBody> bodies) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            for (UpstreamBody body : bodies) {
                digest.update(body.sha1());
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpstreamBody body && Arrays.equals(sha1, body.sha1);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha1);
    }

    @Override
    public String toString() {
        return "UpstreamBody[" + bytes.length + " bytes]";
    }
}
