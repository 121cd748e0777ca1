package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PeriodChangeTest {

    @Test
    void ten_percent_over_thirty_days_is_abs_10_and_pct_10() {
        PriceHistory history = Histories.eur(0, 100, 15, 104, 30, 110);

        PeriodChange change = PeriodChange.over(history, 30).orElseThrow();

        assertThat(change.abs()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(change.pct()).isEqualTo(10.0);
    }

    @Test
    void the_reference_is_the_price_in_force_that_day_the_newest_point_on_or_before_it() {
        PriceHistory history = Histories.eur(0, 100, 15, 104, 30, 110);

        // 7 days before day 30 is day 23: the price in force then is day 15's 104
        PeriodChange change = PeriodChange.over(history, 7).orElseThrow();

        assertThat(change.abs().amount()).isEqualByComparingTo("6.00");
        assertThat(change.pct()).isEqualTo(5.77); // 6 / 104 = 5.769 %
    }

    @Test
    void no_change_without_a_point_that_old() {
        assertThat(PeriodChange.over(Histories.eur(0, 100, 30, 110), 90)).isEmpty();
        assertThat(PeriodChange.over(Histories.eur(), 7)).isEmpty();
    }

    @Test
    void a_fall_is_negative() {
        PeriodChange change = PeriodChange.between(Currency.getInstance("USD"), new BigDecimal("80"), new BigDecimal("60"));

        assertThat(change.abs()).isEqualTo(Money.of("-20.00", "USD"));
        assertThat(change.pct()).isEqualTo(-25.0);
    }

    @Test
    void a_period_is_at_least_a_day() {
        assertThatThrownBy(() -> PeriodChange.over(Histories.eur(0, 1), 0)).isInstanceOf(InvalidAnalyticsInputException.class);
    }
}
