package io.cardvault.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoFingerprintTest {

    private static PerceptualHash hash(long a, long b, long c, long d) {
        return new PerceptualHash(new long[] {a, b, c, d});
    }

    @Test
    void the_distance_counts_differing_bits() {
        assertThat(hash(0, 0, 0, 0).distance(hash(0b111, 0, 0, -1L))).isEqualTo(3 + 64);
    }

    @Test
    void a_found_photo_is_as_far_as_the_nearest_view_of_the_protected_one() {
        PhotoFingerprint stored = new PhotoFingerprint(List.of(hash(-1L, -1L, -1L, -1L), hash(0, 0, 0, 0b1)));
        PhotoFingerprint found = new PhotoFingerprint(List.of(hash(0, 0, 0, 0)));

        assertThat(stored.distanceFrom(found)).isEqualTo(1);
    }

    @Test
    void a_fingerprint_survives_its_bytes() {
        PhotoFingerprint stored = new PhotoFingerprint(List.of(hash(1, -2, 3, Long.MIN_VALUE), hash(-5, 6, 7, 8)));

        assertThat(PhotoFingerprint.fromBytes(stored.toBytes())).isEqualTo(stored);
    }
}
