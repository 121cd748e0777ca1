package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.scan.ScanSessionId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link ScanPhotoStorePort}, for the in-memory fake and the directory adapter. */
public abstract class ScanPhotoStorePortContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract ScanPhotoStorePort store();

    @Test
    void photos_are_kept_by_session_and_index_and_go_with_their_session() {
        ScanPhotoStorePort store = store();
        ScanSessionId one = ScanSessionId.generate(Instant.now(), RANDOM);
        ScanSessionId two = ScanSessionId.generate(Instant.now(), RANDOM);
        store.keep(one, 0, new byte[] {1, 2, 3});
        store.keep(one, 1, new byte[] {4});
        store.keep(two, 0, new byte[] {9});

        assertThat(store.find(one, 0)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(store.find(one, 2)).isEmpty();

        store.deleteAll(one);
        assertThat(store.find(one, 0)).isEmpty();
        assertThat(store.find(one, 1)).isEmpty();
        assertThat(store.find(two, 0)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(9));
        store.deleteAll(one);
    }
}
