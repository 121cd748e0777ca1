package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyMediansTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void a_stray_low_quote_does_not_drag_the_day_down() {
        var medians = DailyMedians.of(List.of(Map.entry(DAY, new BigDecimal("10")), Map.entry(DAY, new BigDecimal("0.01")),
                Map.entry(DAY, new BigDecimal("12")), Map.entry(DAY.plusDays(1), new BigDecimal("10")),
                Map.entry(DAY.plusDays(1), new BigDecimal("13")), Map.entry(DAY.plusDays(2), new BigDecimal("7.5"))));

        assertThat(medians).containsExactly(Map.entry(DAY, new BigDecimal("10")),
                Map.entry(DAY.plusDays(1), new BigDecimal("11.5000")), Map.entry(DAY.plusDays(2), new BigDecimal("7.5")));
    }

    @Test
    void an_even_bucket_takes_the_mean_of_its_middle_pair_to_four_decimals() {
        assertThat(DailyMedians.median(List.of(new BigDecimal("1"), new BigDecimal("2.00005"))))
                .isEqualByComparingTo("1.5000");
        assertThatThrownBy(() -> DailyMedians.median(List.of())).isInstanceOf(InvalidPriceDataException.class);
    }
}
