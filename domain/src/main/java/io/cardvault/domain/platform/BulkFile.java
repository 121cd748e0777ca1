package io.cardvault.domain.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published bulk file: what it holds, when it was written, its size on the wire (gzip bytes),
 * how many records (lines) it holds and the SHA-256 of its bytes, which is also its entity tag.
 */
public record BulkFile(BulkDataKind kind, Instant updatedAt, long sizeBytes, long records, String sha256) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BulkFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (sizeBytes < 0 || records < 0) {
            throw new IllegalArgumentException("a bulk file's size and record count are never negative");
        }
        if (sha256 == null || !HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a bulk file's digest is 64 lower-case hex digits, not " + sha256);
        }
    }
}
