package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link BulkFileStorePort} on a store that starts empty for each test. */
public abstract class BulkFileStorePortContract {

    private static final Instant FIRST = Instant.parse("2026-12-07T05:30:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-08T05:30:00Z");

    protected abstract BulkFileStorePort freshStore();

    private BulkFileStorePort store;

    @BeforeEach
    void startEmpty() {
        store = freshStore();
    }

    private static BulkCard card(long id) {
        return new BulkCard(id, "pokemon", 1, "BS", "Base Set", null, Long.toString(id), id + "/102", "Card " + id, "en", null, null,
                new BulkCard.BulkCrossRefs(null, null, null, null, null, null), List.of());
    }

    private BulkFile write(BulkDataKind kind, int records, Instant at) {
        try (BulkFileDraft draft = store.begin(kind)) {
            for (int i = 1; i <= records; i++) {
                draft.append(card(i));
            }
            return draft.publish(at);
        }
    }

    @Test
    void givenNothingPublished_current_isEmpty() {
        assertThat(store.current(BulkDataKind.ALL_CARDS)).isEmpty();
    }

    @Test
    void givenAPublishedDraft_current_isThatFileWithItsFactsAndBytes() throws IOException, NoSuchAlgorithmException {
        BulkFile published = write(BulkDataKind.ALL_CARDS, 5, FIRST);

        StoredBulkFile current = store.current(BulkDataKind.ALL_CARDS).orElseThrow();
        assertThat(current.file()).isEqualTo(published);
        assertThat(published.records()).isEqualTo(5);
        assertThat(published.updatedAt()).isEqualTo(FIRST);
        byte[] bytes = Files.readAllBytes(current.path());
        assertThat(published.sizeBytes()).isEqualTo(bytes.length);
        assertThat(published.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(store.current(BulkDataKind.LATEST_PRICES)).isEmpty();
    }

    @Test
    void givenADraftClosedUnpublished_current_staysThePreviousFile() {
        BulkFile published = write(BulkDataKind.ALL_CARDS, 2, FIRST);
        try (BulkFileDraft abandoned = store.begin(BulkDataKind.ALL_CARDS)) {
            abandoned.append(card(9));
        }

        assertThat(store.current(BulkDataKind.ALL_CARDS).orElseThrow().file()).isEqualTo(published);
    }

    @Test
    void givenASecondPublish_current_isTheNewFile() {
        write(BulkDataKind.ALL_CARDS, 2, FIRST);
        BulkFile second = write(BulkDataKind.ALL_CARDS, 3, SECOND);

        StoredBulkFile current = store.current(BulkDataKind.ALL_CARDS).orElseThrow();
        assertThat(current.file()).isEqualTo(second);
        assertThat(Files.exists(current.path())).isTrue();
    }
}
