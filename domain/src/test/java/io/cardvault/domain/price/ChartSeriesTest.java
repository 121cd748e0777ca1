package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {

    private static final VariantId NORMAL = new VariantId(1);
    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    private static void days(List<PriceSnapshot> into, PriceSource source, Grading grading, String currency, int days, int base) {
        for (int i = 0; i < days; i++) {
            into.add(new PriceSnapshot(source, NORMAL, grading, START.plusDays(i), Money.of(String.valueOf(base + i), currency)));
        }
    }

    @Test
    void lines_are_keyed_by_variant_and_grading_bucketed_by_day_and_sorted_by_size() {
        List<PriceSnapshot> snapshots = new ArrayList<>();
        days(snapshots, PriceSource.TCGCSV, null, "USD", 6, 100);
        days(snapshots, PriceSource.PRICECHARTING, null, "USD", 6, 110);
        days(snapshots, PriceSource.CARDMARKET, null, "EUR", 5, 90);
        days(snapshots, PriceSource.PRICECHARTING, Grading.of(GradingCompany.PSA, "10"), "USD", 5, 1000);
        days(snapshots, PriceSource.PRICECHARTING, Grading.of(GradingCompany.OTHER, "9"), "USD", 5, 500);
        days(snapshots, PriceSource.PRICECHARTING, Grading.of(GradingCompany.OTHER, "pc17"), "USD", 6, 5);
        days(snapshots, PriceSource.EBAY, Grading.of(GradingCompany.PSA, "9"), "USD", 4, 300);

        List<ChartSeries> chart = ChartSeries.of(snapshots, variant -> "normal", 5);

        assertThat(chart).extracting(ChartSeries::key)
                .containsExactly("normal_raw", "normal_PSA_10", "normal_graded_9", "normal_raw_eur");
        assertThat(chart).extracting(ChartSeries::label)
                .containsExactly("Normal · Raw", "Normal · PSA 10", "Normal · Graded 9", "Normal · Raw (EUR)");
        ChartSeries raw = chart.get(0);
        assertThat(raw.totalPoints()).isEqualTo(6);
        // day 0: tcgcsv 100 and pricecharting 110 -> median 105
        assertThat(raw.points().firstEntry().getValue()).isEqualByComparingTo(new BigDecimal("105"));
        assertThat(raw.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(chart.get(1).grading()).isEqualTo(Grading.of(GradingCompany.PSA, "10"));
    }
}
