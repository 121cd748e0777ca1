package io.cardvault.adapter.out.sources.pricefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void dollar_amounts_and_thousands_separators_are_read_exactly() {
        assertThat(Amounts.parse("$748.75", "x")).isEqualByComparingTo("748.75");
        assertThat(Amounts.parse("$2,325.00", "x")).isEqualByComparingTo("2325.00");
    }

    @Test
    void blanks_nulls_and_zeros_are_no_price() {
        assertThat(Amounts.parse("", "x")).isNull();
        assertThat(Amounts.parse(null, "x")).isNull();
        assertThat(Amounts.parse("$0.00", "x")).isNull();
    }

    @Test
    void more_than_four_decimals_round_half_up() {
        assertThat(Amounts.positiveOrNull(new BigDecimal("0.123456"), "x")).isEqualByComparingTo("0.1235");
    }

    @Test
    void text_or_negative_amounts_reject_the_file() {
        assertThatThrownBy(() -> Amounts.parse("n/a", "line 2 loose-price"))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("line 2 loose-price");
        assertThatThrownBy(() -> Amounts.parse("-3", "x")).isInstanceOf(MalformedPriceFileException.class);
    }
}
