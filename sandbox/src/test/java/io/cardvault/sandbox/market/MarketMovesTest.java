package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A demo's price move changes the card's modelled prices from its day on, on every source, and nothing before. */
class MarketMovesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** Each test moves a card of its own: the moves are the node's, shared by every test in this JVM. */
    private static PricedVariant holo(long cardId) {
        return new PricedVariant(new VariantId(cardId), new CardId(cardId), new CardSetId(1), "pokemon", "base1", "Base Set",
                LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", "holofoil", true, 273699L, 42382L, 604L,
                PrintRun.UNLIMITED);
    }

    @Test
    void a_drop_lowers_the_prices_from_its_day_on_and_leaves_the_days_before() {
        PricedVariant variant = holo(9_000_001);
        double usdBefore = SandboxPriceModel.usd(variant, DAY);
        double eurBefore = SandboxPriceModel.eur(variant, DAY);
        double yesterday = SandboxPriceModel.usd(variant, DAY.minusDays(1));

        MarketMoves.move(variant.cardId(), DAY, 0.9);

        assertThat(SandboxPriceModel.usd(variant, DAY)).isCloseTo(usdBefore * 0.9, Offset.offset(1e-9 * usdBefore));
        assertThat(SandboxPriceModel.eur(variant, DAY)).isCloseTo(eurBefore * 0.9, Offset.offset(1e-9 * eurBefore));
        assertThat(SandboxPriceModel.usd(variant, DAY.minusDays(1))).isEqualTo(yesterday);
    }

    @Test
    void moves_of_one_card_multiply_and_other_cards_keep_their_prices() {
        PricedVariant moved = holo(9_000_002);
        PricedVariant other = holo(9_000_003);
        double otherBefore = SandboxPriceModel.usd(other, DAY);

        MarketMoves.move(moved.cardId(), DAY, 0.9);
        MarketMoves.Move both = MarketMoves.move(moved.cardId(), DAY.plusDays(1), 0.5);

        assertThat(both.from()).isEqualTo(DAY);
        assertThat(both.factor()).isCloseTo(0.45, Offset.offset(1e-12));
        assertThat(MarketMoves.factor(moved.cardId(), DAY.plusDays(3))).isCloseTo(0.45, Offset.offset(1e-12));
        assertThat(SandboxPriceModel.usd(other, DAY)).isEqualTo(otherBefore);
    }

    @Test
    void a_factor_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> MarketMoves.move(new CardId(9_000_004), DAY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
