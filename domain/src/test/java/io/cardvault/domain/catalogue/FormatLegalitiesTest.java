package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatLegalitiesTest {

    /** Black Lotus of Alpha as MTGJSON states it on 2022-04-25. */
    private final FormatLegalities blackLotus = new FormatLegalities(Map.of("vintage", Legality.fromCode("Restricted"),
            "legacy", Legality.fromCode("Banned"), "oldschool", Legality.fromCode("restricted")));

    @Test
    void a_restricted_card_is_playable_a_banned_or_unlisted_one_is_not() {
        assertThat(blackLotus.isPlayableIn("vintage")).isTrue();
        assertThat(blackLotus.isPlayableIn("legacy")).isFalse();
        assertThat(blackLotus.isPlayableIn("modern")).isFalse();
        assertThat(blackLotus.in("modern")).isEmpty();
        assertThat(blackLotus.in("legacy")).contains(Legality.BANNED);
    }

    @Test
    void formats_are_slugs_and_legalities_known_words() {
        assertThatThrownBy(() -> new FormatLegalities(Map.of("Classic Constructed", Legality.LEGAL)))
                .isInstanceOf(InvalidCatalogueDataException.class).hasMessageContaining("Classic Constructed");
        assertThatThrownBy(() -> Legality.fromCode("Not Legal")).isInstanceOf(InvalidCatalogueDataException.class);
        assertThat(FormatLegalities.none().isEmpty()).isTrue();
    }
}
