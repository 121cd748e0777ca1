package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

    private static final VariantDetails UNLISTED = new VariantDetails(1, "normal", null, List.of(), null, "standard",
            CrossReferences.none());
    private static final VariantDetails ON_TCGPLAYER = new VariantDetails(2, "normal", null, List.of(), null, "standard",
            CrossReferences.marketplaces(null, 1042L));

    @Test
    void a_variant_is_priceable_when_it_or_its_card_has_a_marketplace_id() {
        assertThat(card(CrossReferences.none()).isPriceable(ON_TCGPLAYER)).isTrue();
        assertThat(card(CrossReferences.marketplaces(5465L, null)).isPriceable(UNLISTED)).isTrue();
        assertThat(card(CrossReferences.none()).isPriceable(UNLISTED)).isFalse();
    }

    private static CardDetails card(CrossReferences ids) {
        return new CardDetails(null, null, ids, List.of());
    }
}
