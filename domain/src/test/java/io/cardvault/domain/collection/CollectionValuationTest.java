package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionValuationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final VariantId HOLO = new VariantId(10);
    private static final VariantId FIRST_EDITION = new VariantId(11);
    /** 1 EUR = 1.25 USD: 100 USD = 80 EUR. */
    private static final Optional<EuroReferenceRates> RATES = Optional.of(new EuroReferenceRates(TODAY,
            Map.of(USD, new BigDecimal("1.25"), GBP, new BigDecimal("0.80"))));
    private static final Grading PSA_10 = Grading.of(GradingCompany.PSA, "10");

    private static CollectionEntry entry(Optional<VariantId> variant, int quantity, CardCondition condition,
                                         Optional<Grading> grading) {
        return CollectionEntry.add(new AccountId(1), new CardId(4), variant, quantity, condition, Optional.empty(), grading,
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static PricePoint point(VariantId variant, PriceSource source, PriceType type, String amount, LocalDate day) {
        return PricePoint.of(PriceSeries.raw(variant, source, type), day, new Money(source.currency(), new BigDecimal(amount)));
    }

    private static PricePoint graded(VariantId variant, PriceSource source, Grading grading, String amount) {
        return PricePoint.of(PriceSeries.graded(variant, source, grading), TODAY, new Money(source.currency(), new BigDecimal(amount)));
    }

    private static final List<PricePoint> PRICES = List.of(
            point(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "200", TODAY),
            point(HOLO, PriceSource.CARDMARKET, PriceType.LOW, "150", TODAY),
            point(HOLO, PriceSource.TCGCSV, PriceType.MARKET, "300", TODAY),
            point(HOLO, PriceSource.PRICECHARTING, PriceType.RAW_US, "280", TODAY),
            point(FIRST_EDITION, PriceSource.TCGCSV, PriceType.MARKET, "5000", TODAY),
            graded(HOLO, PriceSource.PRICECHARTING, PSA_10, "2000"),
            graded(HOLO, PriceSource.EBAY, PSA_10, "2100"));

    @Test
    void euro_valuation_takes_cardmarket_trend_times_the_quantity_never_its_low() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        assertThat(euro.value(entry(Optional.of(HOLO), 3, CardCondition.NM, Optional.empty()), List.of(HOLO), PRICES))
                .contains(Money.of("600.00", "EUR"));
    }

    @Test
    void dollar_valuation_prefers_the_dollar_sources_tcgplayer_first() {
        CollectionValuation dollar = new CollectionValuation(USD, RATES);

        assertThat(dollar.value(entry(Optional.of(HOLO), 1, CardCondition.NM, Optional.empty()), List.of(HOLO), PRICES))
                .contains(Money.of("300.00", "USD"));
    }

    @Test
    void a_variant_priced_only_in_another_currency_is_converted_with_the_ecb_rates() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        // 5000 USD / 1.25 = 4000 EUR
        assertThat(euro.value(entry(Optional.of(FIRST_EDITION), 1, CardCondition.NM, Optional.empty()),
                List.of(HOLO, FIRST_EDITION), PRICES)).contains(Money.of("4000.00", "EUR"));
        // 200 EUR × 0.80 = 160 GBP: a currency no source publishes goes through the euro price first
        assertThat(new CollectionValuation(GBP, RATES).value(entry(Optional.of(HOLO), 1, CardCondition.NM, Optional.empty()),
                List.of(HOLO), PRICES)).contains(Money.of("160.00", "GBP"));
    }

    @Test
    void without_rates_a_price_in_another_currency_gives_no_value_rather_than_a_mixed_one() {
        CollectionValuation euro = new CollectionValuation(EUR, Optional.empty());

        assertThat(euro.value(entry(Optional.of(FIRST_EDITION), 1, CardCondition.NM, Optional.empty()),
                List.of(FIRST_EDITION), PRICES)).isEmpty();
    }

    @Test
    void raw_copies_below_near_mint_take_the_condition_factor() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        assertThat(euro.value(entry(Optional.of(HOLO), 2, CardCondition.LP, Optional.empty()), List.of(HOLO), PRICES))
                .contains(Money.of("340.00", "EUR"));
        assertThat(euro.value(entry(Optional.of(HOLO), 1, CardCondition.DMG, Optional.empty()), List.of(HOLO), PRICES))
                .contains(Money.of("60.00", "EUR"));
    }

    @Test
    void a_slab_takes_its_graded_series_and_no_condition_factor() {
        CollectionValuation dollar = new CollectionValuation(USD, RATES);

        // eBay's sold comps (weight 1.2) before PriceCharting (0.8) among the dollar sources
        assertThat(dollar.value(entry(Optional.of(HOLO), 1, CardCondition.HP, Optional.of(PSA_10)), List.of(HOLO), PRICES))
                .contains(Money.of("2100.00", "USD"));
    }

    @Test
    void a_slab_whose_grade_has_no_series_is_valued_as_a_raw_near_mint_copy() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        assertThat(euro.value(entry(Optional.of(HOLO), 1, CardCondition.HP, Optional.of(Grading.of(GradingCompany.BGS, "9.5"))),
                List.of(HOLO), PRICES)).contains(Money.of("200.00", "EUR"));
    }

    @Test
    void an_entry_without_variant_is_worth_the_cheapest_priced_variant() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        assertThat(euro.value(entry(Optional.empty(), 1, CardCondition.NM, Optional.empty()), List.of(HOLO, FIRST_EDITION), PRICES))
                .contains(Money.of("200.00", "EUR"));
    }

    @Test
    void a_card_without_any_price_has_no_value_not_zero() {
        CollectionValuation euro = new CollectionValuation(EUR, RATES);

        assertThat(euro.value(entry(Optional.empty(), 1, CardCondition.NM, Optional.empty()), List.of(new VariantId(99)), List.of()))
                .isEmpty();
    }

    @Test
    void prices_on_a_day_are_each_series_newest_point_up_to_a_week_old_without_outliers() {
        PricePoint weekOld = point(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "190", TODAY.minusDays(8));
        PricePoint dayBefore = point(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "195", TODAY.minusDays(1));
        PricePoint outlier = point(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "9999", TODAY).flaggedAsOutlier();
        PricePoint stale = point(FIRST_EDITION, PriceSource.TCGCSV, PriceType.MARKET, "4000", TODAY.minusDays(8));

        assertThat(CollectionValuation.pricesOn(TODAY, List.of(weekOld, dayBefore, outlier, stale))).containsExactly(dayBefore);
        assertThat(CollectionValuation.pricesOn(TODAY.minusDays(1), List.of(weekOld, stale)))
                .containsExactlyInAnyOrder(weekOld, stale);
    }

    @Test
    void only_the_euro_and_currencies_the_newest_ecb_day_quotes_can_be_valued_in() {
        assertThat(CollectionValuation.canValueIn(EUR, Optional.empty())).isTrue();
        assertThat(CollectionValuation.canValueIn(USD, RATES)).isTrue();
        assertThat(CollectionValuation.canValueIn(Currency.getInstance("JPY"), RATES)).isFalse();
    }
}
