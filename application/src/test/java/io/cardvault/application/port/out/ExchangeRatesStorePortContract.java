package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link ExchangeRatesStorePort}: the in-memory fake and the MariaDB adapter must both pass it. */
public abstract class ExchangeRatesStorePortContract {

    protected static final Currency USD = Currency.getInstance("USD");
    protected static final Currency GBP = Currency.getInstance("GBP");
    protected static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 18);

    private ExchangeRatesStorePort store;

    /** The implementation under test, holding no rates. */
    protected abstract ExchangeRatesStorePort emptyStore();

    @BeforeEach
    void empty() {
        store = emptyStore();
    }

    @Test
    void givenNoRates_latest_isEmpty() {
        assertThat(store.latest()).isEmpty();
    }

    @Test
    void givenTwoStoredDays_store_countsEachCurrencyOfEachDayAndLatestAnswersTheNewestDayWhole() {
        int written = store.store(List.of(
                day(MONDAY, Map.of(USD, "1.0705", GBP, "0.84638")),
                day(MONDAY.plusDays(1), Map.of(USD, "1.0811", GBP, "0.85", JPY, "167.12"))));

        assertThat(written).isEqualTo(5);
        EuroReferenceRates latest = store.latest().orElseThrow();
        assertThat(latest.day()).isEqualTo(MONDAY.plusDays(1));
        assertThat(latest.perEuro()).containsOnlyKeys(USD, GBP, JPY);
        assertThat(latest.perEuro().get(USD)).isEqualByComparingTo("1.0811");
        assertThat(latest.perEuro().get(JPY)).isEqualByComparingTo("167.12");
    }

    @Test
    void givenAStoredDay_storingItAgain_overwritesItsRatesAndKeepsCurrenciesNotRestated() {
        store.store(List.of(day(MONDAY, Map.of(USD, "1.0705", GBP, "0.84638"))));

        store.store(List.of(day(MONDAY, Map.of(USD, "1.0799"))));

        EuroReferenceRates latest = store.latest().orElseThrow();
        assertThat(latest.perEuro().get(USD)).isEqualByComparingTo("1.0799");
        assertThat(latest.perEuro().get(GBP)).isEqualByComparingTo("0.84638");
    }

    @Test
    void givenAnOlderDayStoredAfterANewerOne_latest_stillAnswersTheNewerDay() {
        store.store(List.of(day(MONDAY.plusDays(3), Map.of(USD, "1.09"))));
        store.store(List.of(day(MONDAY, Map.of(USD, "1.07"))));

        assertThat(store.latest().orElseThrow().day()).isEqualTo(MONDAY.plusDays(3));
    }

    private static EuroReferenceRates day(LocalDate day, Map<Currency, String> rates) {
        Map<Currency, BigDecimal> perEuro = new java.util.HashMap<>();
        rates.forEach((currency, rate) -> perEuro.put(currency, new BigDecimal(rate)));
        return new EuroReferenceRates(day, perEuro);
    }
}
