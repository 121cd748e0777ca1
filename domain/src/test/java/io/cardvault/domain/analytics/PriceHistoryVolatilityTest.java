package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriceHistoryVolatilityTest {

    @Test
    void a_history_uses_the_one_daily_return_volatility() {
        assertThat(Histories.daily(100, 110, 99).dailyReturnVolatility().getAsDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(Histories.daily(100, 110).dailyReturnVolatility()).isEmpty();
    }

    @Test
    void the_window_counts_back_from_the_latest_point() {
        PriceHistory history = Histories.eur(0, 50, 1, 100, 10, 100, 11, 110, 12, 99);

        // the last 2 days hold days 10, 11, 12: returns +0.1, −0.1
        assertThat(history.lastDays(2).dailyReturnVolatility().getAsDouble()).isCloseTo(0.1, within(1e-12));
    }
}
