package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.time.LocalDate;
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
    void hot_cards_rank_on_activity_not_on_the_change() {
        LocalDate weekStart = Histories.START.plusDays(1);
        // busy: every day a new value on both sources (7 + 7 updates) and 2 sales; it fell, so it is no gainer
        PriceHistory falling = Histories.daily(100, 99, 98, 97, 96, 95, 94, 93);
        HotCard busy = HotCard.of(card(1), falling, List.of(falling, Histories.daily(101, 100, 99, 98, 97, 96, 95, 94)), 2,
                weekStart).orElseThrow();
        // a +10 % jump on one day: one update, no sales
        PriceHistory jump = Histories.daily(100, 100, 100, 100, 100, 100, 100, 110);
        HotCard riser = HotCard.of(card(2), jump, List.of(jump), 0, weekStart).orElseThrow();

        assertThat(busy.priceUpdates7d()).isEqualTo(14);
        assertThat(busy.sources()).isEqualTo(2);
        assertThat(busy.heat()).isEqualTo(16.0);
        assertThat(busy.change7dPct()).isEqualTo(-7.0);
        assertThat(riser.heat()).isEqualTo(1.0);
        assertThat(HotCard.rank(List.of(riser, busy), 12)).extracting(hot -> hot.card().id()).containsExactly(1L, 2L);
    }

    @Test
    void a_quiet_a_penny_or_a_thin_card_is_never_hot() {
        LocalDate weekStart = Histories.START.plusDays(1);
        PriceHistory flat = Histories.daily(100, 100, 100, 100, 100, 100, 100, 100);
        PriceHistory penny = Histories.daily(0.01, 0.02, 0.01, 0.02, 0.01, 0.02, 0.01, 0.02);
        PriceHistory thin = Histories.eur(0, 100, 5, 120, 7, 130);

        assertThat(HotCard.of(card(1), flat, List.of(flat), 0, weekStart)).as("no sales, no updates").isEmpty();
        assertThat(HotCard.of(card(1), flat, List.of(flat), 3, weekStart)).as("sales alone make it hot").isPresent();
        assertThat(HotCard.of(card(2), penny, List.of(penny), 5, weekStart)).as("under the minimum price").isEmpty();
        assertThat(HotCard.of(card(3), thin, List.of(thin), 5, weekStart)).as("two values in the week").isEmpty();
    }

    @Test
    void movers_need_a_listable_price_enough_points_and_a_change_that_shows() {
        Mover penny = Mover.of(card(1), Histories.daily(0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02), 7).orElse(null);
        Mover thin = Mover.of(card(2), Histories.eur(0, 100, 6, 100, 7, 150), 7).orElse(null);
        Mover flatButNoisy = Mover.of(card(3), Histories.daily(100, 110, 90, 110, 90, 110, 90, 100), 7).orElseThrow();
        Mover tiny = Mover.of(card(4), Histories.daily(100, 100, 100, 100, 100, 100, 100, 100.04), 7).orElseThrow();
        Mover still = Mover.of(card(5), Histories.daily(20, 20, 20, 20, 20, 20, 20, 20), 7).orElseThrow();
        Mover real = Mover.of(card(6), Histories.daily(100, 105, 100, 105, 100, 105, 100, 110), 7).orElseThrow();

        assertThat(penny).as("€0.02 is under the minimum price").isNull();
        assertThat(thin).as("3 points in a 7-day window").isNull();
        Mover.Ranking ranking = Mover.Ranking.of(List.of(flatButNoisy, tiny, still, real), 20);
        assertThat(ranking.gainers()).extracting(mover -> mover.card().id()).containsExactly(6L);
        assertThat(ranking.losers()).isEmpty();
        assertThat(ranking.mostVolatile()).as("0.0 % and a flat line are not volatile").extracting(mover -> mover.card().id())
                .containsExactly(6L);
        assertThat(MarketListRules.minPoints(7)).isEqualTo(5);
        assertThat(MarketListRules.minPoints(30)).isEqualTo(10);
        assertThat(MarketListRules.minPoints(90)).isEqualTo(30);
    }

    private static MarketCard card(long id) {
        return new MarketCard(id, "Card " + id, "Base", "pokemon", "Rare");
    }
}
