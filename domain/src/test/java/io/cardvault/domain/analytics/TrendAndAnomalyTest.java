package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.price.Trend;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendAndAnomalyTest {

    @Test
    void trend_has_a_stable_band_of_two_percent_either_way() {
        assertThat(Trend.ofChangePct(10)).isEqualTo(Trend.RISING);
        assertThat(Trend.ofChangePct(2.01)).isEqualTo(Trend.RISING);
        assertThat(Trend.ofChangePct(2.0)).isEqualTo(Trend.STABLE);
        assertThat(Trend.ofChangePct(-2.0)).isEqualTo(Trend.STABLE);
        assertThat(Trend.ofChangePct(-2.5)).isEqualTo(Trend.FALLING);
        assertThat(Trend.RISING.code()).isEqualTo("rising");
    }

    @Test
    void a_relative_move_has_the_same_band_as_a_percent_change() {
        assertThat(Trend.ofRelativeMove(0.0201)).isEqualTo(Trend.RISING);
        assertThat(Trend.ofRelativeMove(0.02)).isEqualTo(Trend.STABLE);
        assertThat(Trend.ofRelativeMove(-0.02)).isEqualTo(Trend.STABLE);
        assertThat(Trend.ofRelativeMove(-0.025)).isEqualTo(Trend.FALLING);
    }

    @Test
    void a_quiet_series_flags_moves_beyond_the_twenty_percent_floor() {
        // σ = 1 %/day over 1 day: 4 spreads = 4 %, below the 20 % floor
        assertThat(DeltaAnomaly.isAnomaly(25, 1, OptionalDouble.of(0.01))).isTrue();
        assertThat(DeltaAnomaly.isAnomaly(-15, 1, OptionalDouble.of(0.01))).isFalse();
    }

    @Test
    void a_noisy_series_needs_four_random_walk_spreads() {
        // σ = 2 %/day over 25 days: 400 × 0.02 × √25 = 40 %
        assertThat(DeltaAnomaly.isAnomaly(35, 25, OptionalDouble.of(0.02))).isFalse();
        assertThat(DeltaAnomaly.isAnomaly(-45, 25, OptionalDouble.of(0.02))).isTrue();
    }

    @Test
    void without_a_volatility_only_moves_beyond_fifty_percent_are_flagged() {
        assertThat(DeltaAnomaly.isAnomaly(49, 7, OptionalDouble.empty())).isFalse();
        assertThat(DeltaAnomaly.isAnomaly(51, 7, OptionalDouble.empty())).isTrue();
    }

    @Test
    void all_time_high_is_the_earliest_day_of_the_highest_price() {
        PriceHistory history = Histories.eur(0, 100, 5, 130, 9, 130, 20, 120);

        DailyPrice high = history.allTimeHigh().orElseThrow();

        assertThat(high.price()).isEqualByComparingTo("130");
        assertThat(high.day()).isEqualTo(Histories.START.plusDays(5));
    }
}
