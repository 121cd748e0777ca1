package io.cardvault.application.service.poketrace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.poketrace.CardmarketAverages;
import io.cardvault.application.port.in.poketrace.HistoryKey;
import io.cardvault.application.port.in.poketrace.PriceTier;
import io.cardvault.application.port.in.poketrace.TierHistoryRow;
import io.cardvault.application.port.in.poketrace.TierPrice;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketPriceMappingTest {

    private static final VariantId HOLO = new VariantId(10);
    private static final VariantId REVERSE = new VariantId(11);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static PricePoint raw(VariantId variant, PriceSource source, PriceType type, String amount, LocalDate day) {
        PriceSeries series = PriceSeries.raw(variant, source, type);
        return PricePoint.of(series, day, Money.of(amount, series.currency().getCurrencyCode()));
    }

    private static PricePoint graded(PriceSource source, GradingCompany company, String grade, String amount, LocalDate day) {
        PriceSeries series = PriceSeries.graded(HOLO, source, Grading.of(company, grade));
        return PricePoint.of(series, day, Money.of(amount, "USD"));
    }

    private static final List<PricePoint> LATEST = List.of(
            raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET, "420", TODAY),
            raw(HOLO, PriceSource.TCGCSV, PriceType.LOW, "380", TODAY),
            raw(HOLO, PriceSource.TCGCSV, PriceType.MID, "400", TODAY),
            raw(REVERSE, PriceSource.TCGCSV, PriceType.MARKET, "12", TODAY),
            raw(HOLO, PriceSource.PRICECHARTING, PriceType.RAW_US, "880", TODAY),
            raw(HOLO, PriceSource.PRICECHARTING, PriceType.RETAIL_LOOSE_BUY, "700", TODAY),
            graded(PriceSource.PRICECHARTING, GradingCompany.PSA, "10", "5000", TODAY),
            graded(PriceSource.EBAY, GradingCompany.PSA, "10", "5200", TODAY.minusDays(3)),
            graded(PriceSource.PRICECHARTING, GradingCompany.BGS, "9.5", "3000", TODAY),
            graded(PriceSource.PRICECHARTING, GradingCompany.OTHER, "9", "900", TODAY),
            raw(HOLO, PriceSource.CARDMARKET, PriceType.AVG, "385", TODAY),
            raw(HOLO, PriceSource.CARDMARKET, PriceType.AVG1, "380", TODAY),
            raw(HOLO, PriceSource.CARDMARKET, PriceType.AVG30, "370", TODAY),
            raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND, "390", TODAY));

    @Test
    void us_tiers_put_tcgplayer_raw_and_ebay_sold_prices_eBays_own_first_without_company_less_grades() {
        Map<String, Map<String, TierPrice>> tiers = MarketPriceMapping.usTiers(LATEST, HOLO, true);

        assertThat(tiers.keySet()).containsExactly("ebay", "tcgplayer");
        assertThat(tiers.get("ebay").keySet()).containsExactly("NEAR_MINT", "BGS_9_5", "PSA_10");
        assertThat(tiers.get("ebay").get("NEAR_MINT").avg()).isEqualTo(Money.of("880", "USD"));
        assertThat(tiers.get("ebay").get("PSA_10").avg()).isEqualTo(Money.of("5200", "USD"));
        TierPrice tcgplayer = tiers.get("tcgplayer").get("NEAR_MINT");
        assertThat(tcgplayer.avg()).isEqualTo(Money.of("420", "USD"));
        assertThat(tcgplayer.low()).contains(Money.of("380", "USD"));
        assertThat(tcgplayer.high()).isEmpty();
    }

    @Test
    void without_graded_prices_only_raw_tiers_are_shown() {
        Map<String, Map<String, TierPrice>> tiers = MarketPriceMapping.usTiers(LATEST, HOLO, false);

        assertThat(tiers.get("ebay").keySet()).containsExactly("NEAR_MINT");
    }

    @Test
    void a_tier_needs_its_average_a_low_alone_shows_nothing() {
        List<PricePoint> lowOnly = List.of(raw(HOLO, PriceSource.TCGCSV, PriceType.LOW, "1", TODAY));

        assertThat(MarketPriceMapping.usTiers(lowOnly, HOLO, true)).isEmpty();
    }

    @Test
    void eu_averages_are_cardmarkets_and_absent_ones_stay_absent() {
        CardmarketAverages averages = MarketPriceMapping.euAverages(LATEST, HOLO).orElseThrow();

        assertThat(averages.avg()).contains(Money.of("385", "EUR"));
        assertThat(averages.avg1d()).contains(Money.of("380", "EUR"));
        assertThat(averages.avg7d()).isEmpty();
        assertThat(averages.avg30d()).contains(Money.of("370", "EUR"));
        assertThat(MarketPriceMapping.euAverages(LATEST, REVERSE)).isEmpty();
    }

    @Test
    void history_rows_run_newest_day_first_one_per_day_and_source() {
        List<PricePoint> points = List.of(
                graded(PriceSource.PRICECHARTING, GradingCompany.PSA, "10", "5000", TODAY),
                graded(PriceSource.EBAY, GradingCompany.PSA, "10", "5200", TODAY),
                graded(PriceSource.PRICECHARTING, GradingCompany.PSA, "10", "4900", TODAY.minusDays(1)),
                graded(PriceSource.PRICECHARTING, GradingCompany.PSA, "9", "900", TODAY));
        PriceTier psa10 = PriceTier.parse("PSA_10").orElseThrow();

        List<TierHistoryRow> rows = MarketPriceMapping.history(points, HOLO, Region.US, psa10);

        assertThat(rows).extracting(TierHistoryRow::date).containsExactly(TODAY, TODAY.minusDays(1));
        assertThat(rows.get(0).avg()).isEqualTo(Money.of("5200", "USD"));
        assertThat(MarketPriceMapping.after(rows.get(1), new HistoryKey(TODAY, "ebay"))).isTrue();
        assertThat(MarketPriceMapping.after(rows.get(0), new HistoryKey(TODAY, "ebay"))).isFalse();
    }

    @Test
    void tiers_parse_conditions_and_slabs_only() {
        assertThat(PriceTier.parse("near_mint")).contains(PriceTier.NEAR_MINT);
        assertThat(PriceTier.parse("BGS_9_5").orElseThrow().grading()).contains(Grading.of(GradingCompany.BGS, "9.5"));
        assertThat(PriceTier.parse("PSA_10_5")).isEmpty();
        assertThat(PriceTier.parse("PSA_11")).isEmpty();
        assertThat(PriceTier.parse("MINTY")).isEmpty();
        assertThat(PriceTier.of(Grading.of(GradingCompany.OTHER, "9"))).isEmpty();
        assertThat(PriceTier.of(Grading.of(GradingCompany.CGC, "9.5")).map(PriceTier::name)).isEqualTo(Optional.of("CGC_9_5"));
    }
}
