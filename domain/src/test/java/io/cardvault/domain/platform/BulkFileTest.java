package io.cardvault.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BulkFileTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void a_bulk_file_names_its_kind_by_the_code_clients_use() {
        assertThat(BulkDataKind.fromCode("all_cards")).contains(BulkDataKind.ALL_CARDS);
        assertThat(BulkDataKind.fromCode("latest_prices")).contains(BulkDataKind.LATEST_PRICES);
        assertThat(BulkDataKind.fromCode("oracle_cards")).isEmpty();
        assertThat(new BulkFile(BulkDataKind.ALL_CARDS, Instant.EPOCH, 10, 2, SHA).sha256()).isEqualTo(SHA);
    }

    @Test
    void a_bulk_file_refuses_negative_sizes_and_digests_that_are_not_sha256_hex() {
        assertThatThrownBy(() -> new BulkFile(BulkDataKind.ALL_CARDS, Instant.EPOCH, -1, 0, SHA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkFile(BulkDataKind.ALL_CARDS, Instant.EPOCH, 1, 0, "ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
