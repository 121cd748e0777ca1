package io.cardvault.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintIndexTest {

    private static PerceptualHash hash(long bits) {
        return new PerceptualHash(new long[] {bits});
    }

    private static PhotoFingerprint fingerprint(long... views) {
        List<PerceptualHash> hashes = new ArrayList<>();
        for (long view : views) {
            hashes.add(hash(view));
        }
        return new PhotoFingerprint(hashes);
    }

    @Test
    void an_empty_index_finds_nothing() {
        assertThat(new FingerprintIndex().nearest(fingerprint(0))).isEmpty();
    }

    @Test
    void the_nearest_photo_is_the_one_with_the_nearest_view_and_its_distance_is_that_views() {
        FingerprintIndex index = new FingerprintIndex();
        index.add(7, fingerprint(-1L, 0b1111L));
        index.add(8, fingerprint(-1L, -1L, 0b1L));

        assertThat(index.nearest(fingerprint(0))).contains(new FingerprintIndex.Nearest(8, 1));
    }

    @Test
    void of_equally_near_photos_the_first_added_is_named() {
        FingerprintIndex index = new FingerprintIndex();
        index.add(3, fingerprint(0b11L));
        index.add(2, fingerprint(0b101L));

        assertThat(index.nearest(fingerprint(0))).contains(new FingerprintIndex.Nearest(3, 2));
    }

    @Test
    void it_answers_as_comparing_every_fingerprint_would_however_many_photos_it_grows_to() {
        Random random = new Random(20261207);
        FingerprintIndex index = new FingerprintIndex();
        List<PhotoFingerprint> kept = new ArrayList<>();
        for (int photo = 0; photo < 500; photo++) {
            long[] views = random.longs(1 + random.nextInt(PhotoFingerprint.MAX_VIEWS)).toArray();
            kept.add(fingerprint(views));
            index.add(1_000 + photo, kept.get(photo));
        }

        for (int probe = 0; probe < 50; probe++) {
            PhotoFingerprint found = fingerprint(random.nextLong());
            int best = Integer.MAX_VALUE;
            long key = -1;
            for (int photo = 0; photo < kept.size(); photo++) {
                int distance = kept.get(photo).distanceFrom(found);
                if (distance < best) {
                    best = distance;
                    key = 1_000 + photo;
                }
            }
            assertThat(index.nearest(found)).contains(new FingerprintIndex.Nearest(key, best));
        }
        assertThat(index.size()).isEqualTo(500);
        assertThat(index.views()).isEqualTo(kept.stream().mapToInt(fingerprint -> fingerprint.views().size()).sum());
    }

    @Test
    void a_search_begun_before_an_add_is_not_disturbed_by_it() throws InterruptedException {
        FingerprintIndex index = new FingerprintIndex();
        index.add(1, fingerprint(-1L));
        List<Optional<FingerprintIndex.Nearest>> seen = new ArrayList<>();
        Thread adder = new Thread(() -> {
            for (int photo = 2; photo < 5_000; photo++) {
                index.add(photo, fingerprint(-1L, -1L, -1L));
            }
        });
        adder.start();
        for (int search = 0; search < 200; search++) {
            seen.add(index.nearest(fingerprint(-1L)));
        }
        adder.join();

        // every search, whatever it overlapped, named the first photo at distance 0 (ties go to the first added)
        assertThat(seen).allSatisfy(found -> assertThat(found).contains(new FingerprintIndex.Nearest(1, 0)));
        assertThat(index.size()).isEqualTo(4_999);
    }
}
