package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrossReferencesTest {

    @Test
    void a_yugioh_password_keeps_its_printed_leading_zeros() {
        CrossReferences potOfGreed = CrossReferences.yugioh(4896788L, 5819L, "04896788");

        assertThat(potOfGreed.ygoPassword()).isEqualTo("04896788");
        assertThat(potOfGreed.ygoprodeckId()).isEqualTo(4896788L);
        assertThat(potOfGreed.konamiId()).isEqualTo(5819L);
        assertThat(potOfGreed.isEmpty()).isFalse();
    }

    @Test
    void a_password_that_is_not_digits_or_a_konami_id_below_one_is_rejected() {
        assertThatThrownBy(() -> CrossReferences.yugioh(null, null, "48-1234"))
                .isInstanceOf(InvalidCatalogueDataException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> CrossReferences.yugioh(null, 0L, null))
                .isInstanceOf(InvalidCatalogueDataException.class).hasMessageContaining("konami");
    }

    @Test
    void lorcana_ids_are_trimmed_text_and_blank_ones_are_rejected() {
        assertThat(CrossReferences.lorcana(" 001-001 ", "1/204 EN 1").dreambornId()).isEqualTo("001-001");
        assertThatThrownBy(() -> CrossReferences.lorcana(" ", null)).isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void completing_keeps_known_ids_and_takes_the_missing_new_ones() {
        CrossReferences card = CrossReferences.lorcana("001-001", null);
        CrossReferences variant = CrossReferences.lorcana("other", "1/204 EN 1");

        assertThat(card.completedWith(variant)).isEqualTo(CrossReferences.lorcana("001-001", "1/204 EN 1"));
        assertThat(CrossReferences.none().completedWith(CrossReferences.yugioh(1L, 2L, "1")))
                .isEqualTo(CrossReferences.yugioh(1L, 2L, "1"));
    }

    @Test
    void the_six_id_constructor_leaves_the_yugioh_and_lorcana_ids_empty() {
        CrossReferences old = new CrossReferences(1L, 2L, null, null, null, 3L);

        assertThat(old.konamiId()).isNull();
        assertThat(old.ygoPassword()).isNull();
        assertThat(old.dreambornId()).isNull();
        assertThat(old.ravensburgerId()).isNull();
        assertThat(CrossReferences.marketplaces(null, null).isEmpty()).isTrue();
    }
}
