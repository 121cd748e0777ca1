package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DailyReturnVolatilityTest {

    @Test
    void up_ten_then_down_ten_percent_is_a_volatility_of_0_1() {
        // returns +0.10 and −0.10: mean 0, population deviation 0.10
        assertThat(DailyReturnVolatility.of(Histories.daily(100, 110, 99)).getAsDouble()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void a_steady_ten_percent_climb_has_no_volatility() {
        assertThat(DailyReturnVolatility.of(Histories.daily(100, 110, 121)).getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void returns_of_2_and_4_percent_deviate_by_1_percent() {
        // 100 → 102 (+0.02) → 106.08 (+0.04): mean 0.03, deviation sqrt((0.01² + 0.01²) / 2) = 0.01
        assertThat(DailyReturnVolatility.of(Histories.daily(100, 102, 106.08)).getAsDouble()).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void fewer_than_two_returns_have_no_volatility() {
        assertThat(DailyReturnVolatility.of(Histories.daily(100, 110))).isEmpty();
    }

    @Test
    void the_window_counts_back_from_the_latest_point() {
        PriceHistory history = Histories.eur(0, 50, 1, 100, 10, 100, 11, 110, 12, 99);

        // the last 2 days hold days 10, 11, 12: returns +0.1, −0.1
        assertThat(DailyReturnVolatility.overLastDays(history, 2).getAsDouble()).isCloseTo(0.1, within(1e-12));
    }
}
