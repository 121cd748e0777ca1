package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LoadPricesPort}'s per-card and per-variant reads: the in-memory fake and the
 * MariaDB adapter must both pass it. Each test seeds a card of its own (a normal and a holo
 * variant), so an implementation may keep its rows between tests. The rankings over the daily
 * summaries are checked by the adapter's own tests.
 */
public abstract class LoadPricesPortContract {

    private static final AtomicLong IDS = new AtomicLong(80_000);
    protected static final LocalDate DAY = LocalDate.of(2026, 6, 10);
    protected static final Currency EUR = Currency.getInstance("EUR");
    protected static final Currency USD = Currency.getInstance("USD");

    private LoadPricesPort port;
    private long card;
    private VariantId normal;
    private VariantId holo;

    protected abstract LoadPricesPort port();

    /** A card with an unlimited English normal and holofoil variant of those ids. */
    protected abstract void givenCard(long cardId, long normalVariantId, long holoVariantId);

    protected abstract void givenPoint(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean outlier);

    protected abstract void givenLatest(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean sandbox);

    protected abstract void givenSnapshot(long cardId, PriceSnapshot snapshot);

    @BeforeEach
    void aCard() {
        port = port();
        card = IDS.addAndGet(10);
        normal = new VariantId(card * 10);
        holo = new VariantId(card * 10 + 1);
        givenCard(card, normal.value(), holo.value());
    }

    @Test
    void givenNewestValues_latestPrices_answersTheCardsSeriesButNoDealerQuoteMarkingSandboxOnes() {
        givenLatest(card, trend(holo), DAY, new BigDecimal("110"), false);
        givenLatest(card, series(holo, PriceSource.TCGCSV, Region.US, PriceType.MARKET, USD), DAY, new BigDecimal("117.76"), true);
        givenLatest(card, series(holo, PriceSource.PRICECHARTING, Region.US, PriceType.RETAIL_LOOSE_BUY, USD), DAY,
                new BigDecimal("80"), false);

        List<PricePoint> latest = port.latestPrices(new CardId(card));

        assertThat(latest).extracting(point -> point.series().type()).containsExactlyInAnyOrder(PriceType.TREND, PriceType.MARKET);
        PricePoint cardmarket = latest.stream().filter(point -> point.series().source() == PriceSource.CARDMARKET).findFirst()
                .orElseThrow();
        assertThat(cardmarket.amount()).isEqualTo(Money.of("110", "EUR"));
        assertThat(cardmarket.asOf()).isEqualTo(DAY);
        assertThat(cardmarket.sandbox()).isFalse();
        assertThat(latest).filteredOn(point -> point.series().source() == PriceSource.TCGCSV).singleElement()
                .satisfies(point -> assertThat(point.sandbox()).isTrue());
        assertThat(port.latestPrices(new CardId(card + 1))).isEmpty();
    }

    @Test
    void givenPointsOverDays_points_answersTheInclusiveRangeWithoutOutliersOrDealerQuotes() {
        for (int i = 0; i < 5; i++) {
            givenPoint(card, trend(holo), DAY.minusDays(i), BigDecimal.valueOf(100 + i), i == 2);
        }
        givenPoint(card, series(holo, PriceSource.PRICECHARTING, Region.US, PriceType.RETAIL_LOOSE_SELL, USD), DAY,
                new BigDecimal("120"), false);

        List<PricePoint> points = port.points(new CardId(card), Optional.empty(), Set.of(), DAY.minusDays(3), DAY.minusDays(1));

        assertThat(points).extracting(PricePoint::asOf).containsExactlyInAnyOrder(DAY.minusDays(3), DAY.minusDays(1));
        assertThat(points).allSatisfy(point -> assertThat(point.outlier()).isFalse());
    }

    @Test
    void givenSeveralSourcesAndVariants_points_keepsOnlyTheSourceAndVariantsAsked() {
        givenPoint(card, trend(holo), DAY, new BigDecimal("110"), false);
        givenPoint(card, trend(normal), DAY, new BigDecimal("5"), false);
        givenPoint(card, series(holo, PriceSource.EBAY, Region.US, PriceType.LAST_SOLD, USD), DAY, new BigDecimal("107"), false);

        assertThat(port.points(new CardId(card), Optional.of(PriceSource.CARDMARKET), Set.of(), DAY, DAY))
                .extracting(point -> point.series().variant()).containsExactlyInAnyOrder(holo, normal);
        assertThat(port.points(new CardId(card), Optional.empty(), Set.of(holo), DAY, DAY))
                .extracting(point -> point.series().source()).containsExactlyInAnyOrder(PriceSource.CARDMARKET, PriceSource.EBAY);
        assertThat(port.points(new CardId(card), Optional.of(PriceSource.EBAY), Set.of(normal), DAY, DAY)).isEmpty();
    }

    @Test
    void givenALongHistory_newestPoints_answersTheNewestFirstUpToTheLimitWithoutOutliers() {
        for (int i = 0; i < 6; i++) {
            givenPoint(card, trend(holo), DAY.minusDays(i), BigDecimal.valueOf(100 + i), i == 0);
        }

        List<PricePoint> newest = port.newestPoints(new CardId(card), Optional.empty(), Set.of(), 3);

        assertThat(newest).extracting(PricePoint::asOf).containsExactly(DAY.minusDays(1), DAY.minusDays(2), DAY.minusDays(3));
        assertThat(newest.get(0).amount()).isEqualTo(Money.of("101", "EUR"));
    }

    @Test
    void givenRawAndGradedSnapshots_snapshots_answersThoseFromTheDayOfTheSourceAndVariantsAsked() {
        Grading psa10 = Grading.of(GradingCompany.PSA, "10");
        givenSnapshot(card, new PriceSnapshot(PriceSource.CARDMARKET, holo, null, DAY, Money.of("110", "EUR")));
        givenSnapshot(card, new PriceSnapshot(PriceSource.CARDMARKET, holo, null, DAY.minusDays(40), Money.of("90", "EUR")));
        givenSnapshot(card, new PriceSnapshot(PriceSource.PRICECHARTING, holo, psa10, DAY, Money.of("900", "USD")));
        givenSnapshot(card, new PriceSnapshot(PriceSource.CARDMARKET, normal, null, DAY, Money.of("5", "EUR")));

        List<PriceSnapshot> recent = port.snapshots(new CardId(card), Optional.empty(), Set.of(holo), DAY.minusDays(30));

        assertThat(recent).hasSize(2);
        assertThat(recent).filteredOn(PriceSnapshot::isGraded).singleElement().satisfies(slab -> {
            assertThat(slab.grading()).isEqualTo(psa10);
            assertThat(slab.marketPrice()).isEqualTo(Money.of("900", "USD"));
        });
        assertThat(port.snapshots(new CardId(card), Optional.of(PriceSource.CARDMARKET), Set.of(), LocalDate.EPOCH)).hasSize(3);
    }

    @Test
    void givenPointsInTwoRegions_regionHistory_answersOneVariantsPointsOfTheRegionAsked() {
        givenPoint(card, trend(holo), DAY, new BigDecimal("110"), false);
        givenPoint(card, series(holo, PriceSource.TCGCSV, Region.US, PriceType.MARKET, USD), DAY, new BigDecimal("117"), false);
        givenPoint(card, trend(normal), DAY, new BigDecimal("5"), false);

        assertThat(port.regionHistory(holo, Region.EU, DAY.minusDays(7)))
                .singleElement().satisfies(point -> assertThat(point.amount()).isEqualTo(Money.of("110", "EUR")));
        assertThat(port.regionHistory(holo, Region.US, DAY.plusDays(1))).isEmpty();
    }

    private static PriceSeries trend(VariantId variant) {
        return series(variant, PriceSource.CARDMARKET, Region.EU, PriceType.TREND, EUR);
    }

    private static PriceSeries series(VariantId variant, PriceSource source, Region region, PriceType type, Currency currency) {
        return new PriceSeries(variant, source, region, type, null, currency);
    }
}
