package io.cardvault.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void givenEuroAmount_normalises_toTheCurrencyMinorUnits() {
        assertThat(Money.of("342.5", "EUR").amount()).isEqualByComparingTo("342.50");
        assertThat(Money.of("342.5", "EUR").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1500", "JPY").amount().scale()).isZero();
    }

    @Test
    void givenSubCentAverage_keepsItsFourDecimals() {
        assertThat(Money.of("0.0425", "EUR").amount()).isEqualTo(new BigDecimal("0.0425"));
    }

    @Test
    void givenFiveDecimals_rejectsTheAmount() {
        assertThatThrownBy(() -> Money.of("0.12345", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 4 decimals");
    }

    @Test
    void givenSameCurrency_addsAndSubtractsExactly() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertThat(sum).isEqualTo(Money.of("0.30", "USD"));
        assertThat(sum.minus(Money.of("0.50", "USD")).isNegative()).isTrue();
    }

    @Test
    void givenTwoCurrencies_refusesToMixThem() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Cannot combine EUR with USD");
        assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void givenQuantity_multipliesTheAmount() {
        assertThat(Money.of("2.35", "EUR").times(3)).isEqualTo(Money.of("7.05", "EUR"));
    }

    @Test
    void givenEqualAmountsWithDifferentScale_areEqualValues() {
        assertThat(Money.of("5", "EUR")).isEqualTo(Money.of("5.000", "EUR"));
    }
}
