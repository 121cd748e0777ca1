package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CardPricesTest {

    private static final VariantId VARIANT = new VariantId(7);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final CardPrices prices = new CardPrices(Locale.ENGLISH,
            key -> key.equals("price.graded") ? "Graded {0}" : key.equals("price.raw") ? "Raw" : key.substring(key.indexOf('.') + 1));

    private static PricePoint raw(PriceSource source, PriceType type, String amount) {
        return PricePoint.of(PriceSeries.raw(VARIANT, source, type), DAY, new Money(source.currency(), new BigDecimal(amount)));
    }

    private static PricePoint graded(GradingCompany company, String grade, String amount) {
        return PricePoint.of(PriceSeries.graded(VARIANT, PriceSource.PRICECHARTING, Grading.of(company, grade)), DAY,
                new Money(PriceSource.PRICECHARTING.currency(), new BigDecimal(amount)));
    }

    @Test
    void raw_prices_split_by_region_and_graded_ones_apart_with_company_and_grade() {
        List<PricePoint> latest = List.of(raw(PriceSource.CARDMARKET, PriceType.TREND, "200"),
                raw(PriceSource.TCGCSV, PriceType.MARKET, "130"), graded(GradingCompany.PSA, "10", "2000"),
                graded(GradingCompany.OTHER, "9.5", "900"), graded(GradingCompany.OTHER, "pc17", "5000"));

        assertThat(prices.raw(latest, Region.EU)).extracting(CardPrices.PriceRow::source, CardPrices.PriceRow::what,
                CardPrices.PriceRow::amount, CardPrices.PriceRow::asOfIso).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cardmarket", "trend", "€200.00", "2026-03-01"));
        assertThat(prices.raw(latest, Region.US)).extracting(CardPrices.PriceRow::amount).containsExactly("$130.00");
        assertThat(prices.graded(latest)).extracting(CardPrices.PriceRow::what).containsExactly("PSA 10", "Graded 9.5");
    }

    @Test
    void the_chart_cuts_to_the_period_back_from_the_newest_day_and_keeps_eur_and_usd_on_their_own_axes() {
        TreeMap<LocalDate, BigDecimal> eur = new TreeMap<>();
        TreeMap<LocalDate, BigDecimal> usd = new TreeMap<>();
        for (int back = 0; back < 100; back++) {
            eur.put(DAY.minusDays(back), BigDecimal.valueOf(200 - back));
        }
        usd.put(DAY.minusDays(1), new BigDecimal("130.5"));
        List<ChartSeries> lines = List.of(
                new ChartSeries("holofoil_raw_eur", "Holofoil · Raw (EUR)", "holofoil", null, Currency.getInstance("EUR"), eur),
                new ChartSeries("holofoil_graded_9", "Holofoil · Graded 9", "holofoil", Grading.of(GradingCompany.OTHER, "9"),
                        Currency.getInstance("USD"), usd));

        List<ChartSeries> month = CardPrices.Period.of("30d").cut(lines);
        assertThat(month.get(0).points()).hasSize(30).containsKey(DAY.minusDays(29)).doesNotContainKey(DAY.minusDays(30));
        assertThat(CardPrices.Period.of("nonsense")).isEqualTo(CardPrices.Period.ALL);
        assertThat(CardPrices.Period.ALL.cut(lines).get(0).points()).hasSize(100);

        String config = prices.chartConfig(month);
        assertThat(config).startsWith("{\"type\":\"line\"").contains("\"label\":\"Holofoil · Raw (EUR)\"")
                .contains("\"label\":\"Holofoil · Graded 9\"").contains("\"yAxisID\":\"eur\"").contains("\"yAxisID\":\"usd\"")
                .contains("\"" + DAY.minusDays(29) + "\"").contains("130.5").contains("\"data\":[null,");
    }

    @Test
    void a_chart_of_several_lines_gives_every_currency_a_log_axis_of_the_same_relative_span() {
        TreeMap<LocalDate, BigDecimal> raw = new TreeMap<>(Map.of(DAY.minusDays(1), new BigDecimal("50"), DAY, new BigDecimal("55")));
        TreeMap<LocalDate, BigDecimal> psa10 = new TreeMap<>(Map.of(DAY.minusDays(1), new BigDecimal("2000"), DAY, new BigDecimal("2200")));
        TreeMap<LocalDate, BigDecimal> eur = new TreeMap<>(Map.of(DAY.minusDays(1), new BigDecimal("300"), DAY, new BigDecimal("310")));
        List<ChartSeries> lines = List.of(
                new ChartSeries("normal_raw_usd", "Normal · Raw (USD)", "normal", null, Currency.getInstance("USD"), raw),
                new ChartSeries("normal_psa_10", "Normal · PSA 10", "normal", Grading.of(GradingCompany.PSA, "10"),
                        Currency.getInstance("USD"), psa10),
                new ChartSeries("normal_raw_eur", "Normal · Raw (EUR)", "normal", null, Currency.getInstance("EUR"), eur));

        String config = new CardPrices(Locale.ENGLISH, key -> key.equals("chart.logAxis") ? "{0} · log scale" : key).chartConfig(lines);

        // USD runs 50–2200 (ln 44 = 3.78), EUR 300–310; both axes span e^(3.78 × 1.1) around their own middle
        assertThat(config).contains("\"usd\":{\"position\":\"left\"", "\"eur\":{\"position\":\"right\"",
                "$ · log scale\"", "\"text\":\"€ · log scale\"", "\"type\":\"logarithmic\"");
        double usdMin = bound(config, "usd", "min");
        double usdMax = bound(config, "usd", "max");
        double eurMin = bound(config, "eur", "min");
        double eurMax = bound(config, "eur", "max");
        assertThat(usdMin).isLessThan(50);
        assertThat(usdMax).isGreaterThan(2200);
        assertThat(eurMin).isLessThan(300);
        assertThat(eurMax).isGreaterThan(310);
        assertThat(Math.log(eurMax / eurMin)).isCloseTo(Math.log(usdMax / usdMin), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void a_chart_of_one_line_keeps_a_plain_axis() {
        TreeMap<LocalDate, BigDecimal> eur = new TreeMap<>(Map.of(DAY, new BigDecimal("300")));
        String config = prices.chartConfig(List.of(
                new ChartSeries("normal_raw_eur", "Normal · Raw (EUR)", "normal", null, Currency.getInstance("EUR"), eur)));

        assertThat(config).doesNotContain("logarithmic").contains("\"text\":\"€\"");
    }

    private static double bound(String config, String axis, String which) {
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile("\"" + axis + "\":\\{(?:[^}]*}){2}[^}]*\"" + which + "\":([0-9.]+)").matcher(config);
        assertThat(found.find()).as(axis + " " + which + " in " + config).isTrue();
        return Double.parseDouble(found.group(1));
    }

    @Test
    void chart_text_is_json_that_cannot_end_a_script_element() {
        assertThat(CardPrices.quoted("a\"b</script>\\")).isEqualTo("\"a\\\"b\\u003c/script\\u003e\\\\\"");
    }
}
