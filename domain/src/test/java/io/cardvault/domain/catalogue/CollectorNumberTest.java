package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CollectorNumberTest {

    @Test
    void givenOfficialTotal_printed_isLocalIdSlashTotal() {
        assertThat(CollectorNumber.of("4", 102).printed()).isEqualTo("4/102");
    }

    @Test
    void givenNoTotal_printed_isBareLocalId() {
        assertThat(CollectorNumber.bare("SWSH001").printed()).isEqualTo("SWSH001");
    }

    @Test
    void givenSecretRareBeyondTotal_printed_keepsBoth() {
        assertThat(CollectorNumber.of("103", 102).printed()).isEqualTo("103/102");
    }

    @Test
    void givenBlankLocalId_create_isRejected() {
        assertThatThrownBy(() -> CollectorNumber.bare(" ")).isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void givenZeroTotal_create_isRejected() {
        assertThatThrownBy(() -> CollectorNumber.of("1", 0)).isInstanceOf(InvalidCatalogueDataException.class);
    }
}
