package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DailyReturnVolatilityTest {

    @Test
    void up_ten_then_down_ten_percent_is_a_volatility_of_0_1() {
        // returns +0.10 and −0.10: mean 0, population deviation 0.10
        assertThat(DailyReturnVolatility.of(prices(100, 110, 99)).getAsDouble()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void a_steady_ten_percent_climb_has_no_volatility() {
        assertThat(DailyReturnVolatility.of(prices(100, 110, 121)).getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void returns_of_2_and_4_percent_deviate_by_1_percent() {
        // 100 → 102 (+0.02) → 106.08 (+0.04): mean 0.03, deviation sqrt((0.01² + 0.01²) / 2) = 0.01
        assertThat(DailyReturnVolatility.of(prices(100, 102, 106.08)).getAsDouble()).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void fewer_than_two_returns_have_no_volatility_and_a_zero_base_is_skipped() {
        assertThat(DailyReturnVolatility.of(prices(100, 110))).isEmpty();
        assertThat(DailyReturnVolatility.of(prices(0, 100, 110))).isEmpty();
        // 0 → 100 skipped; 100 → 110 → 99: ±0.10
        assertThat(DailyReturnVolatility.of(prices(0, 100, 110, 99)).getAsDouble()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void the_history_analysis_reports_the_same_figure_to_four_decimals() {
        List<BigDecimal> values = prices(80, 150, 100, 120, 117.5, 131);
        TreeMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            daily.put(LocalDate.of(2026, 3, 1).plusDays(i), values.get(i));
        }

        assertThat(PriceAnalysis.of(daily).volatility().doubleValue())
                .isEqualTo(Math.round(DailyReturnVolatility.of(values).getAsDouble() * 10_000) / 10_000.0);
    }

    private static List<BigDecimal> prices(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
