package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Buy/sell spread, velocity, Stash Score, movers and hot cards. */
class CardSignalsTest {

    static final Currency USD = Currency.getInstance("USD");

    @Test
    void buy_sell_tiers_need_both_quotes_and_mid_is_the_midpoint() {
        BuySellSpread spread = BuySellSpread.of(USD, Map.of(
                PriceType.RETAIL_LOOSE_BUY, new BigDecimal("240.5"), PriceType.RETAIL_LOOSE_SELL, new BigDecimal("410.9"),
                PriceType.RETAIL_CIB_BUY, new BigDecimal("360.6"))).orElseThrow();

        assertThat(spread.tiers()).containsOnlyKeys("loose");
        assertThat(spread.tiers().get("loose").mid()).isEqualTo(Money.of("325.70", "USD"));
        assertThat(BuySellSpread.of(USD, Map.of())).isEmpty();
    }

    @Test
    void velocity_tiers() {
        assertThat(Velocity.of(47)).isEqualTo(new Velocity("Hot", 47, "high"));
        assertThat(Velocity.of(30).tier()).isEqualTo("high");
        assertThat(Velocity.of(29)).isEqualTo(new Velocity("Active", 29, "medium"));
        assertThat(Velocity.of(10).tier()).isEqualTo("medium");
        assertThat(Velocity.of(9)).isEqualTo(new Velocity("Slow", 9, "low"));
        assertThat(Velocity.of(0)).isEqualTo(new Velocity("Dormant", 0, "none"));
    }

    @Test
    void stash_score_sums_four_components_of_25() {
        // momentum 12.5 + 11/2 = 18; ultra rare 20; 14 sales → 11.67 → 12; 4 of 5 agree → 20; 70 of 100
        StashScore score = StashScore.of(OptionalDouble.of(11), "Ultra Rare", OptionalInt.of(14), OptionalInt.of(4), OptionalInt.of(5));

        assertThat(score).isEqualTo(new StashScore(70, 18, 20, 12, 20, "Strong hold"));
    }

    @Test
    void stash_score_leaves_out_what_it_cannot_know() {
        StashScore onlyRarity = StashScore.of(OptionalDouble.empty(), "Common", OptionalInt.empty(), OptionalInt.of(1), OptionalInt.of(1));

        assertThat(onlyRarity).isEqualTo(new StashScore(12, null, 3, null, null, "Consider selling")); // 3 of 25
        assertThat(StashScore.of(OptionalDouble.empty(), null, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()).score())
                .isNull();
    }

    @Test
    void stash_score_momentum_is_clamped_and_labels_step_down() {
        assertThat(StashScore.of(OptionalDouble.of(80), null, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()))
                .isEqualTo(new StashScore(100, 25, null, null, null, "Core holding"));
        assertThat(StashScore.of(OptionalDouble.of(-40), null, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()).priceMomentum())
                .isZero();
        assertThat(StashScore.rarityPoints("Rare Holo")).isEqualTo(15);
        assertThat(StashScore.rarityPoints("Uncommon")).isEqualTo(6);
        assertThat(StashScore.rarityPoints("Special illustration rare")).isEqualTo(25);
        assertThat(StashScore.label(65)).isEqualTo("Strong hold");
        assertThat(StashScore.label(64)).isEqualTo("Hold");
        assertThat(StashScore.label(35)).isEqualTo("Watch");
    }

    @Test
    void movers_rank_gainers_losers_and_the_most_volatile() {
        Mover up = Mover.of(card(1), Histories.daily(100, 100, 100, 100, 100, 100, 100, 110), 7).orElseThrow();
        Mover bigUp = Mover.of(card(2), Histories.daily(10, 20, 10, 20, 10, 20, 10, 20), 7).orElseThrow();
        Mover down = Mover.of(card(3), Histories.daily(50, 50, 50, 50, 50, 50, 50, 40), 7).orElseThrow();

        Mover.Ranking ranking = Mover.Ranking.of(List.of(up, bigUp, down), 20);

        assertThat(up.changePct()).isEqualTo(10.0);
        assertThat(bigUp.changePct()).isEqualTo(100.0);
        assertThat(ranking.gainers()).extracting(mover -> mover.card().id()).containsExactly(2L, 1L);
        assertThat(ranking.losers()).extracting(mover -> mover.card().id()).containsExactly(3L);
        assertThat(ranking.mostVolatile().get(0).card().id()).isEqualTo(2L);
        assertThat(ranking.limit(1).gainers()).hasSize(1);
    }

    @Test
    void hot_cards_weigh_a_rise_by_sales() {
        HotCard quiet = HotCard.of(card(1), Histories.daily(100, 100, 100, 100, 100, 100, 100, 110), 0).orElseThrow();
        HotCard selling = HotCard.of(card(2), Histories.daily(100, 100, 100, 100, 100, 100, 100, 110), 3).orElseThrow();

        assertThat(quiet.heat()).isEqualTo(10.0);
        assertThat(selling.heat()).isEqualTo(23.86); // 10 × (1 + ln 4)
        assertThat(HotCard.rank(List.of(quiet, selling), 12)).extracting(HotCard::heat).containsExactly(23.86, 10.0);
        assertThat(HotCard.of(card(3), Histories.daily(100, 100, 100, 100, 100, 100, 100, 90), 5)).isEmpty();
    }

    private static MarketCard card(long id) {
        return new MarketCard(id, "Card " + id, "Base", "pokemon", "Rare");
    }
}
