package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link TakePriceSnapshotPort}: the daily snapshot holds each day's market value of
 * every market series (the source's market price type) and every graded series, outliers left out;
 * the headline summary counts each card with a raw market latest price on or before its day. The
 * snapshot reads what the price store's point ports wrote, so an implementation comes with them
 * (the in-memory store, the MariaDB adapters), each test on a fresh, empty store whose catalogue
 * knows variant 100 of card 10 and variant 102 of card 11.
 */
public abstract class TakePriceSnapshotPortContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final CardId CHARIZARD = new CardId(10);
    private static final CardId BLASTOISE = new CardId(11);
    private static final VariantId CHARIZARD_HOLO = new VariantId(100);
    private static final VariantId BLASTOISE_HOLO = new VariantId(102);
    private static final PriceSeries TREND = PriceSeries.raw(CHARIZARD_HOLO, PriceSource.CARDMARKET, PriceType.TREND);
    private static final PriceSeries MARKET = PriceSeries.raw(CHARIZARD_HOLO, PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries LOW = PriceSeries.raw(CHARIZARD_HOLO, PriceSource.TCGCSV, PriceType.LOW);
    private static final PriceSeries PSA10 = PriceSeries.graded(CHARIZARD_HOLO, PriceSource.PRICECHARTING,
            Grading.of(GradingCompany.PSA, "10"));

    /** A price store's ports the contract writes points through, its snapshot, and a run id it accepts on points. */
    public record SnapshotStore(ReadOutlierWindowsPort windows, WritePricePointsPort writer, SettleLatestPricesPort latest,
                                   TakePriceSnapshotPort snapshots, int runId) {
    }

    private ReadOutlierWindowsPort windows;
    private WritePricePointsPort writer;
    private SettleLatestPricesPort latest;
    private TakePriceSnapshotPort snapshots;
    private int runId;

    /** A fresh, empty store. */
    protected abstract SnapshotStore freshStore();

    @BeforeEach
    void store() {
        SnapshotStore store = freshStore();
        windows = store.windows();
        writer = store.writer();
        latest = store.latest();
        snapshots = store.snapshots();
        runId = store.runId();
    }

    @Test
    void givenAnEmptyStore_snapshotAndSummary_writeNothing() {
        assertThat(snapshots.snapshot(DAY, DAY)).isZero();
        assertThat(snapshots.summarise(DAY)).isZero();
    }

    @Test
    void givenARangeEndingBeforeItStarts_snapshot_writesNothing() {
        stored(CHARIZARD, MARKET, 0, "10.00");

        assertThat(snapshots.snapshot(DAY.plusDays(1), DAY)).isZero();
        assertThat(snapshots.snapshot(DAY, DAY)).isEqualTo(1);
    }

    @Test
    void givenMarketOtherAndGradedSeries_snapshot_keepsTheMarketSeriesAndTheSlab() {
        for (PriceSeries series : List.of(TREND, MARKET, LOW, PSA10)) {
            stored(CHARIZARD, series, 7, "100.00");
        }

        assertThat(snapshots.snapshot(DAY.plusDays(7), DAY.plusDays(7))).isEqualTo(3);
    }

    @Test
    void givenAnOutlierOnTheLastDay_snapshot_leavesItOutAndKeepsTheDaysBefore() {
        stored(CHARIZARD, MARKET, 0, "10.00");
        stored(CHARIZARD, MARKET, 1, "10.20");
        PricePointWrites.append(windows, writer, runId, List.of(point(CHARIZARD, MARKET, 2, "500.00")), true);

        assertThat(snapshots.snapshot(DAY, DAY.plusDays(2))).isZero();
        assertThat(snapshots.snapshot(DAY, DAY.plusDays(1))).isEqualTo(1);
    }

    @Test
    void givenASnapshotTakenTwice_snapshot_answersTheSameRows() {
        stored(CHARIZARD, TREND, 0, "290.00");
        stored(CHARIZARD, MARKET, 0, "300.00");

        int first = snapshots.snapshot(DAY, DAY);

        assertThat(first).isEqualTo(2);
        assertThat(snapshots.snapshot(DAY, DAY)).isEqualTo(first);
    }

    @Test
    void givenOneCardWithARawMarketPriceAndOneWithout_summarise_countsTheFirstOnly() {
        stored(CHARIZARD, MARKET, 7, "550.00");
        stored(BLASTOISE, PriceSeries.raw(BLASTOISE_HOLO, PriceSource.TCGCSV, PriceType.LOW), 7, "40.00");
        stored(BLASTOISE, PriceSeries.graded(BLASTOISE_HOLO, PriceSource.PRICECHARTING, Grading.of(GradingCompany.PSA, "10")),
                7, "900.00");

        assertThat(snapshots.summarise(DAY.plusDays(7))).isEqualTo(1);
    }

    @Test
    void givenTwoCardsWithMarketPrices_summarise_countsEachCardOnceAndNoneWhoseLatestIsLater() {
        stored(CHARIZARD, TREND, 7, "296.50");
        stored(CHARIZARD, MARKET, 7, "550.00");
        stored(BLASTOISE, PriceSeries.raw(BLASTOISE_HOLO, PriceSource.CARDMARKET, PriceType.TREND), 7, "120.00");

        assertThat(snapshots.summarise(DAY.plusDays(7))).isEqualTo(2);
        assertThat(snapshots.summarise(DAY.plusDays(6))).isZero();
    }

    /** A good point written and moved to the latest prices, as an ingest of that day leaves it. */
    private void stored(CardId card, PriceSeries series, int day, String amount) {
        latest.moveLatest(runId, PricePointWrites.append(windows, writer, runId, List.of(point(card, series, day, amount)), false));
    }

    private static SeriesPoint point(CardId card, PriceSeries series, int day, String amount) {
        return new SeriesPoint(series, card, DAY.plusDays(day), new BigDecimal(amount));
    }
}
