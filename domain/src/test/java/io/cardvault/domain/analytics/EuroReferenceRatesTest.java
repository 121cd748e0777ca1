package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EuroReferenceRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final EuroReferenceRates RATES = new EuroReferenceRates(LocalDate.of(2026, 12, 4),
            Map.of(USD, new BigDecimal("1.0850"), JPY, new BigDecimal("162.31")));

    @Test
    void a_price_is_converted_through_the_euro_and_rounded_to_the_target_currencys_minor_units() {
        assertThat(RATES.convert(Money.of("100", "USD"), EuroReferenceRates.EUR)).contains(Money.of("92.17", "EUR"));
        assertThat(RATES.convert(Money.of("100", "USD"), JPY)).contains(Money.of("14959", "JPY"));
    }

    @Test
    void a_price_already_in_the_target_currency_comes_back_as_it_is() {
        assertThat(RATES.convert(Money.of("12.3456", "USD"), USD)).contains(Money.of("12.3456", "USD"));
    }

    @Test
    void without_a_rate_for_either_side_there_is_no_conversion() {
        assertThat(RATES.convert(Money.of("10", "GBP"), EuroReferenceRates.EUR)).isEmpty();
        assertThat(RATES.convert(Money.of("10", "EUR"), Currency.getInstance("GBP"))).isEmpty();
    }
}
