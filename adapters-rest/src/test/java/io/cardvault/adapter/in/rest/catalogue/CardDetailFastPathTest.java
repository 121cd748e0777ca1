package io.cardvault.adapter.in.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CardDetailFastPathTest {

    @Test
    void takes_only_a_plain_card_id_under_the_v2_cards_route() {
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/4")).hasValue(4);
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/0134")).hasValue(134);
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/999999999999999999")).hasValue(999_999_999_999_999_999L);
    }

    @Test
    void leaves_every_other_path_to_jax_rs() {
        assertThat(CardDetailFastPath.cardId("/api/v2/cards")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/4/history")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/4/")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/abc")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/-4")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/4;x=1")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cards/9999999999999999999")).isEqualTo(OptionalLong.empty());
        assertThat(CardDetailFastPath.cardId("/api/v2/cardsx/4")).isEqualTo(OptionalLong.empty());
    }
}
