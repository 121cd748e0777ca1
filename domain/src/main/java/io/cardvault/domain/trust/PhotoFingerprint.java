package io.cardvault.domain.trust;

import java.util.List;
import java.util.Objects;

/**
 * A protected photo's forensic fingerprint: perceptual hashes of several views of it — the whole
 * photo first, then crops that take up to a tenth off its sides — so a copy cropped a little lies
 * near one of the views even though it is far from the whole. A photo found elsewhere is compared by
 * its whole view ({@link #whole()}) against every view of the protected one.
 */
public record PhotoFingerprint(List<PerceptualHash> views) {

    public static final int MAX_VIEWS = 32;

    public PhotoFingerprint {
        Objects.requireNonNull(views, "views");
        views = List.copyOf(views);
        if (views.isEmpty() || views.size() > MAX_VIEWS) {
            throw new IllegalArgumentException("a fingerprint has 1–" + MAX_VIEWS + " views: " + views.size());
        }
    }

    public PerceptualHash whole() {
        return views.get(0);
    }

    /** How far a photo found elsewhere ({@code found}, its whole view) lies from this protected photo: the nearest view. */
    public int distanceFrom(PhotoFingerprint found) {
        PerceptualHash probe = found.whole();
        int nearest = PerceptualHash.BITS;
        for (PerceptualHash view : views) {
            nearest = Math.min(nearest, view.distance(probe));
        }
        return nearest;
    }

    /** All views, one after the other, {@link PerceptualHash#BYTES} bytes each: how a store may keep them. */
    public byte[] toBytes() {
        byte[] bytes = new byte[views.size() * PerceptualHash.BYTES];
        for (int i = 0; i < views.size(); i++) {
            System.arraycopy(views.get(i).toBytes(), 0, bytes, i * PerceptualHash.BYTES, PerceptualHash.BYTES);
        }
        return bytes;
    }

    public static PhotoFingerprint fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % PerceptualHash.BYTES != 0) {
            throw new IllegalArgumentException("a stored fingerprint is whole hashes of " + PerceptualHash.BYTES + " bytes");
        }
        PerceptualHash[] views = new PerceptualHash[bytes.length / PerceptualHash.BYTES];
        for (int i = 0; i < views.length; i++) {
            views[i] = PerceptualHash.fromBytes(bytes, i * PerceptualHash.BYTES);
        }
        return new PhotoFingerprint(List.of(views));
    }
}
