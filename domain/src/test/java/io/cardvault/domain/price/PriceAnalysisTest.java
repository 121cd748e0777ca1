package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The history analysis on hand-computed series (docs/analytics.md, "Price history analysis"). */
class PriceAnalysisTest {

    private static NavigableMap<LocalDate, BigDecimal> series(Object... dayThenAmount) {
        NavigableMap<LocalDate, BigDecimal> series = new TreeMap<>();
        for (int i = 0; i < dayThenAmount.length; i += 2) {
            series.put(LocalDate.parse((String) dayThenAmount[i]), new BigDecimal(dayThenAmount[i + 1].toString()));
        }
        return series;
    }

    @Test
    void changes_compare_the_last_value_with_the_latest_value_on_or_before_n_days_back() {
        // 7d: 04-03 (100 -> 120) = +20 %; 30d: target 03-11, 03-09 is 2 days older (150 -> 120) = -20 %;
        // 90d: target 01-10, 01-01 is 9 days older, within 45 (80 -> 120) = +50 %
        PriceAnalysis analysis = PriceAnalysis.of(series("2026-01-01", 80, "2026-03-09", 150, "2026-04-03", 100, "2026-04-10", 120));

        assertThat(analysis.change7d()).isEqualByComparingTo("20.00");
        assertThat(analysis.change30d()).isEqualByComparingTo("-20.00");
        assertThat(analysis.change90d()).isEqualByComparingTo("50.00");
    }

    @Test
    void volatility_is_the_population_deviation_of_consecutive_relative_changes() {
        // returns 0.875, -1/3, 0.2: mean 0.247222…, deviation sqrt(0.244460…) = 0.49443
        PriceAnalysis analysis = PriceAnalysis.of(series("2026-01-01", 80, "2026-03-09", 150, "2026-04-03", 100, "2026-04-10", 120));

        assertThat(analysis.volatility()).isEqualByComparingTo("0.4944");
    }

    @Test
    void trend_follows_the_least_squares_line_relative_to_the_mean() {
        // slope 0.34435/day over 99 days on a mean of 112.5 = +30.3 %
        assertThat(PriceAnalysis.of(series("2026-01-01", 80, "2026-03-09", 150, "2026-04-03", 100, "2026-04-10", 120)).trend())
                .isEqualTo(Trend.RISING);
        // slope -1/day over 10 days on a mean of 95 = -10.5 %
        assertThat(PriceAnalysis.of(series("2026-01-01", 100, "2026-01-11", 90)).trend()).isEqualTo(Trend.FALLING);
        // slope 0
        assertThat(PriceAnalysis.of(series("2026-01-01", 100, "2026-01-06", 101, "2026-01-11", 100)).trend()).isEqualTo(Trend.STABLE);
    }

    @Test
    void missing_data_gives_nulls_never_made_up_figures() {
        PriceAnalysis one = PriceAnalysis.of(series("2026-04-10", 120));
        PriceAnalysis gap = PriceAnalysis.of(series("2026-01-01", 80, "2026-04-10", 120));

        assertThat(one).isEqualTo(new PriceAnalysis(null, null, null, null, null));
        assertThat(PriceAnalysis.of(new TreeMap<>())).isEqualTo(PriceAnalysis.NONE);
        // 01-01 is 92 days before the 7-day target (more than 3 days): no 7-day change; 9 days before the 90-day one: fine
        assertThat(gap.change7d()).isNull();
        assertThat(gap.change30d()).isNull();
        assertThat(gap.change90d()).isEqualByComparingTo("50.00");
        assertThat(gap.volatility()).isNull();
        assertThat(PriceAnalysis.change(series("2026-01-01", 0, "2026-01-08", 5), 7)).isNull();
    }
}
