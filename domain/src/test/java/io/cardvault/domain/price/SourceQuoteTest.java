package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceQuoteTest {

    private static final VariantId HOLO = new VariantId(1);
    private static final VariantId REVERSE = new VariantId(2);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 5);

    private static PricePoint raw(VariantId variant, PriceSource source, PriceType type, String amount) {
        return PricePoint.of(PriceSeries.raw(variant, source, type), DAY, Money.of(amount, source.currency().getCurrencyCode()));
    }

    @Test
    void one_quote_per_source_and_variant_with_the_headline_as_market_price() {
        List<SourceQuote> quotes = SourceQuote.of(List.of(
                raw(HOLO, PriceSource.CARDMARKET, PriceType.AVG30, "342.27"),
                raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "296.50"),
                raw(HOLO, PriceSource.CARDMARKET, PriceType.LOW, "114.90"),
                raw(REVERSE, PriceSource.TCGCSV, PriceType.LOW, "499.00"),
                raw(REVERSE, PriceSource.TCGCSV, PriceType.HIGH, "650.00"),
                raw(REVERSE, PriceSource.TCGCSV, PriceType.MARKET, "572.03"),
                raw(HOLO, PriceSource.PRICECHARTING, PriceType.RAW_US, "385.25"),
                raw(HOLO, PriceSource.PRICECHARTING, PriceType.RETAIL_LOOSE_SELL, "410.90"),
                PricePoint.of(PriceSeries.graded(HOLO, PriceSource.PRICECHARTING, Grading.of(GradingCompany.PSA, "10")), DAY,
                        Money.of("30085.73", "USD"))));

        assertThat(quotes).containsExactly(
                new SourceQuote(PriceSource.CARDMARKET, HOLO, Money.of("296.50", "EUR"), Money.of("114.90", "EUR"), null, DAY, false),
                new SourceQuote(PriceSource.TCGCSV, REVERSE, Money.of("572.03", "USD"), Money.of("499.00", "USD"),
                        Money.of("650.00", "USD"), DAY, false),
                new SourceQuote(PriceSource.PRICECHARTING, HOLO, Money.of("385.25", "USD"), null, null, DAY, false));
    }

    @Test
    void a_quote_is_sandbox_data_when_its_market_price_is() {
        List<SourceQuote> quotes = SourceQuote.of(List.of(
                raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "296.50").fromSandbox(),
                raw(HOLO, PriceSource.CARDMARKET, PriceType.LOW, "114.90"),
                raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET, "572.03")));

        assertThat(quotes).extracting(SourceQuote::source, SourceQuote::sandbox)
                .containsExactly(tuple(PriceSource.CARDMARKET, true),
                        tuple(PriceSource.TCGCSV, false));
    }

    @Test
    void a_source_with_only_a_low_has_no_market_price_and_no_quote() {
        assertThat(SourceQuote.of(List.of(raw(HOLO, PriceSource.CARDMARKET, PriceType.LOW, "1.00")))).isEmpty();
    }
}
