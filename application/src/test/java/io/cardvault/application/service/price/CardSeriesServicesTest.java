package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceReadServicesTest.CHARIZARD;
import static io.cardvault.application.service.price.PriceReadServicesTest.HOLO;
import static io.cardvault.application.service.price.PriceReadServicesTest.NORMAL;
import static io.cardvault.application.service.price.PriceReadServicesTest.TODAY;
import static io.cardvault.application.service.price.PriceReadServicesTest.catalogue;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.price.PerformancePeriod;
import io.cardvault.application.port.in.price.SeriesPerformance;
import io.cardvault.application.port.in.price.SnapshotSeries;
import io.cardvault.application.port.in.price.SoldComps;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-card series services (snapshots, chart, performance, eBay sold comps) on the shared in-memory price reads. */
class CardSeriesServicesTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Grading PSA_10 = Grading.of(GradingCompany.PSA, "10");

    private final InMemoryPrices prices = new InMemoryPrices();

    @Test
    void snapshots_show_the_best_covered_source_unless_one_is_asked() {
        for (int i = 0; i < 3; i++) {
            prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(i), Money.of("110", "EUR")));
        }
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.TCGCSV, NORMAL, null, TODAY, Money.of("6", "USD")));
        ListPriceSnapshotsService service = new ListPriceSnapshotsService(catalogue(), prices);

        SnapshotSeries best = service.snapshots(CHARIZARD, Optional.empty(), Optional.empty(), 30);
        SnapshotSeries asked = service.snapshots(CHARIZARD, Optional.of(PriceSource.TCGCSV), Optional.empty(), 30);

        assertThat(best.source()).contains(PriceSource.CARDMARKET);
        assertThat(best.snapshots()).extracting(PriceSnapshot::day)
                .containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
        assertThat(asked.snapshots()).singleElement().satisfies(snapshot ->
                assertThat(snapshot.marketPrice()).isEqualTo(Money.of("6", "USD")));
        assertThat(service.snapshots(CHARIZARD, Optional.empty(), Optional.of("etched"), 30).snapshots()).isEmpty();
    }

    @Test
    void a_chart_keeps_the_lines_with_enough_days_and_can_be_narrowed_to_one_variant() {
        for (int i = 0; i < 6; i++) {
            prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(i), Money.of("110", "EUR")));
        }
        for (int i = 0; i < 2; i++) {
            prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, NORMAL, null, TODAY.minusDays(i), Money.of("5", "EUR")));
        }
        GetPriceChartService service = new GetPriceChartService(catalogue(), prices);

        List<ChartSeries> lines = service.chart(CHARIZARD, Optional.empty());

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.totalPoints()).isEqualTo(6);
            assertThat(line.currency()).isEqualTo(Currency.getInstance("EUR"));
        });
        assertThat(service.chart(CHARIZARD, Optional.of(NORMAL))).isEmpty();
    }

    @Test
    void performance_compares_each_source_and_variants_first_and_last_raw_day_of_the_period() {
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(40), Money.of("50", "EUR")));
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(20), Money.of("80", "EUR")));
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY.minusDays(10), Money.of("120", "EUR")));
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.CARDMARKET, HOLO, null, TODAY, Money.of("100", "EUR")));
        prices.givenSnapshot(4, new PriceSnapshot(PriceSource.PRICECHARTING, HOLO, PSA_10, TODAY, Money.of("900", "USD")));

        List<SeriesPerformance> lines = new GetPricePerformanceService(catalogue(), prices)
                .performance(CHARIZARD, PerformancePeriod.D30).items();

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(PriceSource.CARDMARKET);
            assertThat(line.startPrice()).isEqualByComparingTo("80");
            assertThat(line.endPrice()).isEqualByComparingTo("100");
            assertThat(line.changeAbs()).isEqualByComparingTo("20");
            assertThat(line.changePct()).isEqualByComparingTo("25.00");
            assertThat(line.high()).isEqualByComparingTo("120");
            assertThat(line.low()).isEqualByComparingTo("80");
            assertThat(line.points()).isEqualTo(3);
        });
    }

    @Test
    void sold_comps_average_each_day_and_summarise_raw_and_slab_sales_apart() {
        PriceSeries raw = new PriceSeries(HOLO, PriceSource.EBAY, Region.US, PriceType.LAST_SOLD, null, USD);
        PriceSeries slab = new PriceSeries(HOLO, PriceSource.EBAY, Region.US, PriceType.GRADED, PSA_10, USD);
        prices.givenPoint(4, raw, TODAY, new BigDecimal("100"), false);
        prices.givenPoint(4, raw, TODAY.minusDays(1), new BigDecimal("110"), false);
        prices.givenPoint(4, raw, TODAY.minusDays(2), new BigDecimal("500"), true);
        prices.givenPoint(4, slab, TODAY, new BigDecimal("900"), false);
        GetSoldCompsService service = new GetSoldCompsService(catalogue(), prices);

        SoldComps all = service.soldComps(CHARIZARD, 30, Optional.empty(), Optional.empty());
        SoldComps psa = service.soldComps(CHARIZARD, 30, Optional.of(GradingCompany.PSA), Optional.of("10"));

        assertThat(all.points()).isEqualTo(3);
        assertThat(all.sales().get(0).date()).isEqualTo(TODAY);
        assertThat(all.summary()).hasSize(2);
        SoldComps.Summary ungraded = all.summary().get(0);
        assertThat(ungraded.grading()).isEmpty();
        assertThat(ungraded.averagePrice()).isEqualByComparingTo("105.00");
        assertThat(ungraded.minPrice()).isEqualByComparingTo("100");
        assertThat(ungraded.maxPrice()).isEqualByComparingTo("110");
        assertThat(ungraded.count()).isEqualTo(2);
        assertThat(psa.summary()).singleElement().satisfies(summary -> {
            assertThat(summary.grading()).contains(PSA_10);
            assertThat(summary.averagePrice()).isEqualByComparingTo("900.00");
        });
    }
}
