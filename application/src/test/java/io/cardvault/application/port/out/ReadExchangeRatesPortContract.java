package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReadExchangeRatesPort}: given an upstream publishing some days of euro
 * reference rates (the ECB adapter: a document in the eurofxref format), a read answers every day,
 * oldest first, each with its rates per euro; the upstream is named for the ingest log.
 */
public abstract class ReadExchangeRatesPortContract {

    protected static final Currency USD = Currency.getInstance("USD");
    protected static final Currency GBP = Currency.getInstance("GBP");
    protected static final Currency JPY = Currency.getInstance("JPY");

    /** Three business days, a weekend between the second and the third, as the ECB publishes them. */
    protected static final List<EuroReferenceRates> PUBLISHED = List.of(
            new EuroReferenceRates(LocalDate.of(2026, 5, 14), Map.of(USD, new BigDecimal("1.0705"), GBP, new BigDecimal("0.84638"),
                    JPY, new BigDecimal("171.94"))),
            new EuroReferenceRates(LocalDate.of(2026, 5, 15), Map.of(USD, new BigDecimal("1.0733"), GBP, new BigDecimal("0.8459"),
                    JPY, new BigDecimal("172.5"))),
            new EuroReferenceRates(LocalDate.of(2026, 5, 18), Map.of(USD, new BigDecimal("1.0811"), GBP, new BigDecimal("0.85"),
                    JPY, new BigDecimal("173.01"))));

    /** The implementation under test, reading an upstream that publishes exactly {@code days}. */
    protected abstract ReadExchangeRatesPort upstreamPublishing(List<EuroReferenceRates> days);

    @Test
    void givenAPublishedHistory_read_answersEveryDayOldestFirst() {
        List<EuroReferenceRates> read = upstreamPublishing(PUBLISHED).read();

        assertThat(read).extracting(EuroReferenceRates::day)
                .containsExactly(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 18));
    }

    @Test
    void givenAPublishedHistory_read_answersEachDaysRatesPerEuroExactly() {
        EuroReferenceRates newest = upstreamPublishing(PUBLISHED).read().get(2);

        assertThat(newest.perEuro()).containsOnlyKeys(USD, GBP, JPY);
        assertThat(newest.perEuro().get(USD)).isEqualByComparingTo("1.0811");
        assertThat(newest.perEuro().get(GBP)).isEqualByComparingTo("0.85");
        assertThat(newest.perEuro().get(JPY)).isEqualByComparingTo("173.01");
        assertThat(newest.perEuro(EuroReferenceRates.EUR)).contains(BigDecimal.ONE);
    }

    @Test
    void givenASingleDay_read_answersThatDayAlone() {
        List<EuroReferenceRates> read = upstreamPublishing(List.of(PUBLISHED.get(1))).read();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).perEuro().get(USD)).isEqualByComparingTo("1.0733");
    }

    @Test
    void anUpstream_isNamedForTheIngestLog() {
        assertThat(upstreamPublishing(PUBLISHED).upstream()).isNotBlank();
    }
}
