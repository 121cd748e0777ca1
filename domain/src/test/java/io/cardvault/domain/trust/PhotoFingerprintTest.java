package io.cardvault.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoFingerprintTest {

    private static PerceptualHash hash(long bits) {
        return new PerceptualHash(new long[] {bits});
    }

    @Test
    void the_distance_counts_differing_bits() {
        assertThat(hash(0).distance(hash(0b111L | Long.MIN_VALUE))).isEqualTo(4);
    }

    @Test
    void a_found_photo_is_as_far_as_the_nearest_view_of_the_protected_one() {
        PhotoFingerprint stored = new PhotoFingerprint(List.of(hash(-1L), hash(0b1)));
        PhotoFingerprint found = new PhotoFingerprint(List.of(hash(0)));

        assertThat(stored.distanceFrom(found)).isEqualTo(1);
    }

    @Test
    void a_fingerprint_survives_its_bytes() {
        PhotoFingerprint stored = new PhotoFingerprint(List.of(hash(Long.MIN_VALUE + 3), hash(-5)));

        assertThat(PhotoFingerprint.fromBytes(stored.toBytes())).isEqualTo(stored);
    }
}
