package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PricePointTest {

    private static final VariantId VARIANT = new VariantId(99766);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 5);

    @Test
    void givenSourceSeries_takesTheSourcesRegionAndCurrency() {
        PriceSeries trend = PriceSeries.raw(VARIANT, PriceSource.CARDMARKET, PriceType.TREND);
        assertThat(trend.region()).isEqualTo(Region.EU);
        assertThat(trend.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(PricePoint.of(trend, DAY, Money.of("296.50", "EUR")).outlier()).isFalse();
    }

    @Test
    void givenAmountInAnotherCurrency_rejectsThePoint() {
        PriceSeries market = PriceSeries.raw(VARIANT, PriceSource.TCGCSV, PriceType.MARKET);
        assertThatThrownBy(() -> PricePoint.of(market, DAY, Money.of("1", "EUR")))
                .isInstanceOf(InvalidPriceDataException.class)
                .hasMessageContaining("USD series cannot hold");
    }

    @Test
    void givenNegativeAmount_rejectsThePoint() {
        PriceSeries market = PriceSeries.raw(VARIANT, PriceSource.TCGCSV, PriceType.MARKET);
        assertThatThrownBy(() -> PricePoint.of(market, DAY, Money.of("-0.01", "USD")))
                .isInstanceOf(InvalidPriceDataException.class);
    }

    @Test
    void givenGradedType_requiresAGradingAndOnlyThen() {
        Grading psa10 = Grading.of(GradingCompany.PSA, "10");
        assertThat(PriceSeries.graded(VARIANT, PriceSource.PRICECHARTING, psa10).isGraded()).isTrue();
        assertThatThrownBy(() -> new PriceSeries(VARIANT, PriceSource.PRICECHARTING, Region.US, PriceType.RAW_US, psa10,
                PriceSource.PRICECHARTING.currency())).isInstanceOf(InvalidPriceDataException.class);
    }

    @Test
    void givenOutlier_keepsThePointFlagged() {
        PriceSeries low = PriceSeries.raw(VARIANT, PriceSource.CARDMARKET, PriceType.LOW);
        assertThat(PricePoint.of(low, DAY, Money.of("0.02", "EUR")).flaggedAsOutlier().outlier()).isTrue();
    }

    @Test
    void givenSandboxOrigin_keepsTheLabelThroughOutlierFlagging() {
        PriceSeries low = PriceSeries.raw(VARIANT, PriceSource.CARDMARKET, PriceType.LOW);
        PricePoint point = PricePoint.of(low, DAY, Money.of("0.02", "EUR"));
        assertThat(point.sandbox()).isFalse();
        assertThat(point.fromSandbox().flaggedAsOutlier()).extracting(PricePoint::sandbox, PricePoint::outlier)
                .containsExactly(true, true);
    }
}
