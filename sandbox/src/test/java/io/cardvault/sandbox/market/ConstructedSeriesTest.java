package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConstructedSeriesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void the_rising_card_gains_exactly_ten_percent_over_any_thirty_days_on_both_currencies() {
        PricedVariant hoOh = variant("cel25", "1/25");

        assertThat(SandboxPriceModel.usd(hoOh, DAY) / SandboxPriceModel.usd(hoOh, DAY.minusDays(30))).isCloseTo(1.1, within(1e-12));
        assertThat(SandboxPriceModel.eur(hoOh, DAY) / SandboxPriceModel.eur(hoOh, DAY.minusDays(30))).isCloseTo(1.1, within(1e-12));
        assertThat(SandboxPriceModel.usd(hoOh, ConstructedSeries.ANCHOR)).isEqualTo(20.0);
        assertThat(SandboxPriceModel.eur(hoOh, DAY)).isCloseTo(SandboxPriceModel.usd(hoOh, DAY) * 0.92, within(1e-9));
    }

    @Test
    void the_falling_card_loses_ten_percent_and_the_flat_one_stays() {
        PricedVariant palkia = variant("cel25", "4");
        PricedVariant kyogre = variant("cel25", "3/25");

        assertThat(SandboxPriceModel.usd(palkia, DAY) / SandboxPriceModel.usd(palkia, DAY.minusDays(30)))
                .isCloseTo(0.9, within(1e-12));
        assertThat(SandboxPriceModel.usd(kyogre, DAY)).isEqualTo(15.0);
        assertThat(SandboxPriceModel.usd(kyogre, DAY.minusDays(400))).isEqualTo(15.0);
    }

    @Test
    void other_cards_keep_the_random_walk() {
        assertThat(ConstructedSeries.of(variant("cel25", "2/25"))).isEmpty();
        assertThat(ConstructedSeries.of(variant("base1", "1/102"))).isEmpty();
        assertThat(ConstructedSeries.of(variant("cel25", "11/25"))).isEmpty();
    }

    private static PricedVariant variant(String set, String number) {
        return new PricedVariant(new VariantId(7), new CardId(3), new CardSetId(2), "pokemon", set, "Celebrations",
                LocalDate.of(2021, 10, 8), "Card", number, "Rare", "holofoil", true, 576746L, 250300L, 2867L);
    }
}
