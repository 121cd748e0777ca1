package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Source weights, the market verdict, the confidence-weighted price, spreads and FX cross rates. */
class CrossSourceTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency GBP = Currency.getInstance("GBP");
    static final EuroReferenceRates RATES = new EuroReferenceRates(LocalDate.of(2024, 6, 28),
            Map.of(USD, new BigDecimal("1.0705"), GBP, new BigDecimal("0.84638")));

    @Test
    void cross_rates_go_through_the_euro() {
        assertThat(RATES.rate(USD, EUR)).contains(new BigDecimal("0.934143")); // 1 / 1.0705
        assertThat(RATES.rate(EUR, USD)).contains(new BigDecimal("1.070500"));
        assertThat(RATES.rate(USD, GBP)).contains(new BigDecimal("0.790640")); // 0.84638 / 1.0705
        assertThat(RATES.rate(USD, Currency.getInstance("JPY"))).isEmpty();
        assertThat(RATES.convert(new BigDecimal("107.05"), USD, EUR)).contains(new BigDecimal("100.0000"));
    }

    @Test
    void the_spec_example_verdict_cardmarket_against_pricecharting() {
        MarketVerdict verdict = MarketVerdict.of(List.of(
                new SourceMedian(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("484.10")), 6),
                new SourceMedian(PriceSource.PRICECHARTING, new Money(EUR, new BigDecimal("385.78")), 1159)), Optional.empty()).orElseThrow();

        assertThat(verdict.price()).isEqualTo(Money.of("484.10", "EUR"));
        assertThat(verdict.currency()).isEqualTo(EUR);
        assertThat(verdict.agreeingSources()).isEqualTo(1);
        assertThat(verdict.consideredSources()).isEqualTo(2);
        assertThat(verdict.spreadPct()).isEqualTo(20.3);
        assertThat(verdict.confidence()).isEqualTo("medium");
        assertThat(verdict.regionBias()).isEqualTo("eu");
        assertThat(verdict.sources()).extracting(MarketVerdict.SourceView::weight).containsExactly(2.0, 0.8);
        assertThat(verdict.sources().get(1).deltaPct()).isEqualTo(-20.3);
        assertThat(verdict.sources().get(1).agrees()).isFalse();
    }

    @Test
    void a_dollar_source_is_converted_before_it_is_compared() {
        MarketVerdict verdict = MarketVerdict.of(List.of(
                new SourceMedian(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100")), 30),
                new SourceMedian(PriceSource.TCGCSV, new Money(USD, new BigDecimal("107.05")), 30)), Optional.of(RATES)).orElseThrow();

        assertThat(verdict.sources().get(1).median()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(verdict.confidence()).isEqualTo("high");
        assertThat(verdict.regionBias()).isEqualTo("mixed"); // 2.0 of 3.5 is less than two thirds
    }

    @Test
    void without_rates_a_foreign_source_is_not_considered_and_one_source_is_low_confidence() {
        MarketVerdict verdict = MarketVerdict.of(List.of(
                new SourceMedian(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100")), 30),
                new SourceMedian(PriceSource.TCGCSV, new Money(USD, new BigDecimal("107.05")), 30)), Optional.empty()).orElseThrow();

        assertThat(verdict.consideredSources()).isEqualTo(1);
        assertThat(verdict.confidence()).isEqualTo("low");
        assertThat(MarketVerdict.of(List.of(), Optional.of(RATES))).isEmpty();
    }

    @Test
    void the_weighted_price_weighs_thin_sources_less() {
        // weights 2.0, 1.5 × 5/7, 1.2 × 3/7 → 104.30; 130 is outside the 15 % band: agreement 0.857 × coverage 0.9
        ConfidenceWeightedPrice price = ConfidenceWeightedPrice.of(List.of(
                new SourceMedian(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100")), 10),
                new SourceMedian(PriceSource.TCGCSV, new Money(EUR, new BigDecimal("100")), 5),
                new SourceMedian(PriceSource.EBAY, new Money(EUR, new BigDecimal("130")), 3))).orElseThrow();

        assertThat(price.price()).isEqualTo(Money.of("104.30", "EUR"));
        assertThat(price.low().amount()).isEqualByComparingTo("100.00");
        assertThat(price.high().amount()).isEqualByComparingTo("130.00");
        assertThat(price.confidence()).isEqualTo(0.77);
    }

    @Test
    void full_agreement_and_coverage_is_confidence_one() {
        ConfidenceWeightedPrice price = ConfidenceWeightedPrice.of(List.of(
                new SourceMedian(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100")), 28),
                new SourceMedian(PriceSource.CARDTRADER, new Money(EUR, new BigDecimal("110")), 7))).orElseThrow();

        assertThat(price.price().amount()).isEqualByComparingTo("103.33"); // (2 × 100 + 1 × 110) / 3
        assertThat(price.confidence()).isEqualTo(1.0);
    }

    @Test
    void the_spread_is_the_gap_over_the_cheapest_in_euro() {
        MarketCard card = new MarketCard(1, "Charizard", "Base", "pokemon", "Rare Holo");
        CrossSourceSpread spread = CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100"))),
                new CrossSourceSpread.Quote(PriceSource.TCGCSV, new Money(USD, new BigDecimal("160.56")))), RATES).orElseThrow();

        assertThat(spread.cheapest().source()).isEqualTo(PriceSource.CARDMARKET);
        assertThat(spread.dearest().priceEur()).isEqualTo(Money.of("149.99", "EUR"));
        assertThat(spread.dearest().price()).isEqualTo(Money.of("160.56", "USD")); // 160.56 / 1.0705
        assertThat(spread.spreadEur()).isEqualTo(Money.of("49.99", "EUR"));
        assertThat(spread.spreadPct()).isEqualTo(50.0);
        assertThat(CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100")))), RATES)).isEmpty();
    }

    @Test
    void spreads_leave_out_penny_cards_small_gaps_and_thin_quotes() {
        MarketCard card = new MarketCard(1, "Pikachu", "Base", "pokemon", null);
        CrossSourceSpread penny = CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("0.01"))),
                new CrossSourceSpread.Quote(PriceSource.CARDTRADER, new Money(EUR, new BigDecimal("0.02")))), RATES).orElseThrow();
        CrossSourceSpread narrow = CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("100"))),
                new CrossSourceSpread.Quote(PriceSource.CARDTRADER, new Money(EUR, new BigDecimal("104")))), RATES).orElseThrow();
        CrossSourceSpread cents = CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("5.00"))),
                new CrossSourceSpread.Quote(PriceSource.CARDTRADER, new Money(EUR, new BigDecimal("5.90")))), RATES).orElseThrow();
        CrossSourceSpread worth = CrossSourceSpread.of(card, "normal", List.of(
                new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("10"))),
                new CrossSourceSpread.Quote(PriceSource.CARDTRADER, new Money(EUR, new BigDecimal("12")))), RATES).orElseThrow();

        assertThat(penny.spreadPct()).isEqualTo(100.0);
        assertThat(penny.listable()).as("100 % of one cent").isFalse();
        assertThat(narrow.listable()).as("4 % gap").isFalse();
        assertThat(cents.listable()).as("a €0.90 gap").isFalse();
        assertThat(worth.listable()).isTrue();

        LocalDate from = Histories.START.plusDays(1);
        assertThat(CrossSourceSpread.Quote.fresh(PriceSource.CARDMARKET, Histories.daily(10, 10, 11, 12), from))
                .contains(new CrossSourceSpread.Quote(PriceSource.CARDMARKET, new Money(EUR, new BigDecimal("12.0"))));
        assertThat(CrossSourceSpread.Quote.fresh(PriceSource.CARDMARKET, Histories.eur(0, 10, 3, 12), from))
                .as("one value in the week").isEmpty();
    }

    @Test
    void the_primary_series_is_the_heaviest_source_with_points() {
        Map<PriceSource, PriceHistory> series = Map.of(
                PriceSource.PRICECHARTING, Histories.daily(1, 2, 3),
                PriceSource.CARDMARKET, Histories.daily(5),
                PriceSource.TCGCSV, Histories.eur());

        assertThat(PrimarySeries.of(series).orElseThrow().getKey()).isEqualTo(PriceSource.CARDMARKET);
        assertThat(Medians.of(List.of(new BigDecimal("3"), BigDecimal.ONE, new BigDecimal("2")))).isEqualByComparingTo("2");
        assertThat(Medians.of(List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"))))
                .isEqualByComparingTo("2.5");
    }
}
