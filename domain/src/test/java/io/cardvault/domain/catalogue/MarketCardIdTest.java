package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarketCardIdTest {

    @Test
    void a_us_id_is_a_uuid_shaped_text_that_reads_back_to_its_card() {
        MarketCardId.Us us = new MarketCardId.Us(new CardId(1234));

        assertThat(us.text()).isEqualTo("c4d0be15-0000-8000-8000-0000000004d2");
        assertThat(java.util.UUID.fromString(us.text()).version()).isEqualTo(8);
        assertThat(MarketCardId.parse(us.text())).contains(us);
    }

    @Test
    void an_eu_id_is_the_cardmarket_product_behind_eu_() {
        assertThat(new MarketCardId.Eu(273550).text()).isEqualTo("eu_273550");
        assertThat(MarketCardId.parse("eu_273550")).contains(new MarketCardId.Eu(273550));
    }

    @Test
    void any_other_text_is_no_id() {
        assertThat(MarketCardId.parse("019bff77-befa-771d-bab0-f5909f0a78c9")).isEmpty();
        assertThat(MarketCardId.parse("c4d0be15-0000-8000-8000-000000000000")).isEmpty();
        assertThat(MarketCardId.parse("eu_0")).isEmpty();
        assertThat(MarketCardId.parse("eu_99999999999")).isEmpty();
        assertThat(MarketCardId.parse("EU_12")).isEmpty();
        assertThat(MarketCardId.parse(null)).isEmpty();
    }
}
