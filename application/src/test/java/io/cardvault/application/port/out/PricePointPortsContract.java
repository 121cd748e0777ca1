package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceStoreStats;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the price store's point ports, which only make sense together: the outlier windows
 * ({@link ReadOutlierWindowsPort}) read what the writer ({@link WritePricePointsPort}) wrote, the
 * latest prices ({@link SettleLatestPricesPort}) move on it, and the counters
 * ({@link LoadPriceStoreStatsPort}) count it. Every implementation (the in-memory fake, the MariaDB
 * adapters) must pass it, each test on a fresh, empty store whose catalogue knows variant 100 of card
 * 10 and variant 102 of card 11.
 */
public abstract class PricePointPortsContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    protected static final CardId CHARIZARD = new CardId(10);
    protected static final CardId BLASTOISE = new CardId(11);
    private static final VariantId HOLO = new VariantId(100);
    private static final PriceSeries TREND = PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND);
    private static final PriceSeries MARKET = PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries PSA10 = PriceSeries.graded(HOLO, PriceSource.PRICECHARTING,
            Grading.of(GradingCompany.PSA, "10"));
    private static final PriceSeries BLASTOISE_TREND = PriceSeries.raw(new VariantId(102), PriceSource.CARDMARKET,
            PriceType.TREND);

    private ReadOutlierWindowsPort windows;
    private WritePricePointsPort writer;
    private SettleLatestPricesPort latest;
    private LoadPriceStoreStatsPort stats;
    private int runId;

    /** A fresh, empty store; then the four accessors answer its ports. */
    protected abstract void freshStore();

    protected abstract ReadOutlierWindowsPort windows();

    protected abstract WritePricePointsPort writer();

    protected abstract SettleLatestPricesPort latest();

    protected abstract LoadPriceStoreStatsPort stats();

    /** A run id the store accepts on its points (a started run, where runs are rows other rows refer to). */
    protected abstract int run();

    @BeforeEach
    void store() {
        freshStore();
        windows = windows();
        writer = writer();
        latest = latest();
        stats = stats();
        runId = run();
    }

    @Test
    void givenNewSeries_windowsOf_givesOneEmptyWindowPerPointAndOneKeyPerSeries() {
        List<PointWindow> read = windows.windowsOf(List.of(point(TREND, 0, "10.00"), point(MARKET, 0, "11.00"),
                point(TREND, 1, "10.50")));

        assertThat(read).hasSize(3).allSatisfy(window -> {
            assertThat(window.intoPast()).isFalse();
            assertThat(window.amounts()).isEmpty();
            assertThat(window.latestAmount()).isEmpty();
        });
        assertThat(read.get(0).seriesKey()).isEqualTo(read.get(2).seriesKey()).isNotEqualTo(read.get(1).seriesKey());
    }

    @Test
    void givenWrittenDays_windowsOfANewerDay_holdsTheNonOutliersOldestFirstAndTheLatestNonOutlier() {
        List<SeriesPoint> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            days.add(point(MARKET, day, "1" + day + ".00"));
        }
        append(days, false);
        append(List.of(point(MARKET, 5, "95.00")), true);

        PointWindow window = windows.windowsOf(List.of(point(MARKET, 6, "14.50"))).get(0);

        assertThat(window.intoPast()).isFalse();
        assertThat(window.amounts()).containsExactly(10.0, 11.0, 12.0, 13.0, 14.0);
        assertThat(window.latestDay()).contains(DAY.plusDays(4));
        assertThat(window.latestAmount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("14.00"));
    }

    @Test
    void givenMoreDaysThanTheRuleLooksAt_windowsOf_holdsTheNewestThirty() {
        List<SeriesPoint> days = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            days.add(point(TREND, day, day + ".00"));
        }
        append(days, false);

        double[] amounts = windows.windowsOf(List.of(point(TREND, 40, "40.00"))).get(0).amounts();

        assertThat(amounts).hasSize(30);
        assertThat(amounts[0]).isEqualTo(10.0);
        assertThat(amounts[29]).isEqualTo(39.0);
    }

    @Test
    void givenAStoredDay_windowsOfThatDay_readsItsStoredAmountAndTheAmountsBeforeIt() {
        append(List.of(point(TREND, 0, "9.00"), point(TREND, 1, "10.00"), point(TREND, 2, "11.00")), false);

        PointWindow stored = windows.windowsOf(List.of(point(TREND, 1, "10.40"))).get(0);

        assertThat(stored.intoPast()).isTrue();
        assertThat(stored.amounts()).containsExactly(9.0);
        assertThat(stored.stored()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("10.00"));
        PointWindow missing = windows.windowsOf(List.of(point(TREND, -1, "8.00"))).get(0);
        assertThat(missing.intoPast()).isTrue();
        assertThat(missing.stored()).isEmpty();
        assertThat(missing.amounts()).isEmpty();
    }

    @Test
    void givenTheRunsEnded_windowsOf_readsTheSameWindowsAndKeysAndTheNextRunWritesOn() {
        List<SeriesPoint> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            days.add(point(MARKET, day, "1" + day + ".00"));
            days.add(point(TREND, day, "9.00"));
        }
        append(days, false);
        append(List.of(point(MARKET, 5, "95.00")), true);
        List<SeriesPoint> next = List.of(point(MARKET, 6, "14.50"), point(TREND, 6, "9.10"), point(TREND, 2, "9.50"));
        List<PointWindow> before = windows.windowsOf(next);

        windows.runsEnded();

        List<PointWindow> after = windows.windowsOf(next);
        for (int i = 0; i < next.size(); i++) {
            assertThat(after.get(i).seriesKey()).isEqualTo(before.get(i).seriesKey());
            assertThat(after.get(i).intoPast()).isEqualTo(before.get(i).intoPast());
            assertThat(after.get(i).amounts()).containsExactly(before.get(i).amounts());
            assertThat(after.get(i).stored().map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(before.get(i).stored().map(BigDecimal::stripTrailingZeros));
            assertThat(after.get(i).latestDay()).isEqualTo(before.get(i).latestDay());
            assertThat(after.get(i).latestAmount().map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(before.get(i).latestAmount().map(BigDecimal::stripTrailingZeros));
        }
        assertThat(after.get(0).amounts()).containsExactly(10.0, 11.0, 12.0, 13.0, 14.0);
        assertThat(after.get(2).stored()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("9.00"));

        // the next run's file, its end signalled twice: written on, nothing lost
        append(List.of(point(MARKET, 6, "14.50")), false);
        windows.runsEnded();
        windows.runsEnded();
        assertThat(windows.windowsOf(List.of(point(MARKET, 7, "15.00"))).get(0).amounts())
                .containsExactly(10.0, 11.0, 12.0, 13.0, 14.0, 14.5);
        assertThat(stats.priceStoreStats().pricePoints()).isEqualTo(12);
        assertThat(stats.priceStoreStats().series()).isEqualTo(2);
    }

    @Test
    void givenOutliersFlaggedThenCorrected_stats_countTheRowsFlaggedNow() {
        append(List.of(point(TREND, 0, "10.00"), point(TREND, 1, "10.00")), false);
        assertThat(stats.priceStoreStats().outliers()).isZero();
        append(List.of(point(TREND, 2, "99.00"), point(MARKET, 0, "500.00")), true);
        assertThat(stats.priceStoreStats().outliers()).isEqualTo(2);

        // the trend's spike corrected to an ordinary amount, a missing past day written as an outlier
        rewrite(List.of(point(TREND, 2, "10.10"), point(TREND, -1, "77.00")), List.of(false, true));
        assertThat(stats.priceStoreStats().outliers()).isEqualTo(2);
        // the market's spike corrected too, and an unchanged day judged again changes nothing
        rewrite(List.of(point(MARKET, 0, "11.00"), point(TREND, 0, "10.00")), List.of(false, true));
        assertThat(stats.priceStoreStats().outliers()).isEqualTo(1);
        assertThat(stats.priceStoreStats().pricePoints()).isEqualTo(5);
    }

    /** Writes days into the series' past, each flagged as given, the way the ingest judges them. */
    private void rewrite(List<SeriesPoint> points, List<Boolean> outliers) {
        List<PointWindow> read = windows.windowsOf(points);
        List<JudgedPoint> judged = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            judged.add(new JudgedPoint(read.get(i).seriesKey(), points.get(i), outliers.get(i),
                    PricePointWrites.writeOf(read.get(i), points.get(i))));
        }
        writer.write(runId, judged);
    }

    @Test
    void givenPointsWrittenAsJudged_write_countsOnlyTheRowsItAddsAndKeepsTheOutlierFlag() {
        append(List.of(point(TREND, 0, "10.00"), point(TREND, 1, "10.00")), false);
        append(List.of(point(TREND, 2, "99.00")), true);
        assertThat(stats.priceStoreStats().pricePoints()).isEqualTo(3);
        assertThat(stats.priceStoreStats().outliers()).isEqualTo(1);

        // a corrected day, an unchanged day and a missing past day: only the last adds a row
        List<SeriesPoint> again = List.of(point(TREND, 0, "10.00"), point(TREND, 1, "10.40"), point(TREND, -1, "9.00"));
        List<PointWindow> read = windows.windowsOf(again);
        List<JudgedPoint> judged = new ArrayList<>();
        for (int i = 0; i < again.size(); i++) {
            judged.add(new JudgedPoint(read.get(i).seriesKey(), again.get(i), false, PricePointWrites.writeOf(read.get(i), again.get(i))));
        }
        assertThat(judged).extracting(JudgedPoint::write)
                .containsExactly(JudgedPoint.Write.NONE, JudgedPoint.Write.UPDATE, JudgedPoint.Write.INSERT);
        writer.write(runId, judged);

        assertThat(stats.priceStoreStats().pricePoints()).isEqualTo(4);
        assertThat(windows.windowsOf(List.of(point(TREND, 1, "0.01"))).get(0).stored())
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("10.40"));
        // the outlier stays out of the next window
        assertThat(windows.windowsOf(List.of(point(TREND, 3, "10.00"))).get(0).amounts()).containsExactly(9.0, 10.0, 10.4f);
    }

    @Test
    void givenLatestPrices_moveLatest_onlyMovesForwardAndCountsEachCardOnce() {
        List<LatestPrice> first = append(List.of(point(TREND, 1, "300.00"), point(MARKET, 1, "320.00")), false);
        latest.moveLatest(runId, first);

        PriceStoreStats afterFirst = stats.priceStoreStats();
        assertThat(afterFirst.latestPrices()).isEqualTo(2);
        assertThat(afterFirst.pricedCards()).isEqualTo(1);
        assertThat(afterFirst.series()).isEqualTo(2);

        // an older day never moves a latest price back; a first price of another card counts it
        List<LatestPrice> older = append(List.of(point(TREND, 0, "250.00")), false);
        latest.moveLatest(runId, older);
        List<LatestPrice> other = append(List.of(new SeriesPoint(BLASTOISE_TREND, BLASTOISE, DAY.plusDays(1),
                new BigDecimal("120.00")), point(PSA10, 1, "30000.00")), false);
        latest.moveLatest(runId, other);

        assertThat(windows.windowsOf(List.of(point(TREND, 2, "301.00"))).get(0).latestAmount())
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("300.00"));
        assertThat(stats.priceStoreStats().pricedCards()).isEqualTo(2);
        assertThat(stats.priceStoreStats().latestPrices()).isEqualTo(4);
    }

    @Test
    void givenDeferredHistory_settleLatest_movesEachSeriesToItsNewestNonOutlierPointOnce() {
        List<SeriesPoint> steady = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            steady.add(point(MARKET, day, day % 2 == 0 ? "10.00" : "11.00"));
            steady.add(point(TREND, day, "9.00"));
        }
        latest.deferLatest(append(steady, false));
        append(List.of(point(MARKET, 10, "110.00")), true);
        latest.deferLatest(append(List.of(point(TREND, 10, "9.50")), false));
        assertThat(stats.priceStoreStats().latestPrices()).isZero();

        assertThat(latest.settleLatest()).isEqualTo(2);

        assertThat(windows.windowsOf(List.of(point(MARKET, 11, "11.00"))).get(0).latestDay()).contains(DAY.plusDays(9));
        assertThat(stats.priceStoreStats().pricedCards()).isEqualTo(1);
        assertThat(stats.priceStoreStats().latestPrices()).isEqualTo(2);
        assertThat(latest.settleLatest()).isZero();
    }

    @Test
    void givenSeriesWithPointsButNoLatestPrice_settleLatest_findsThemWithoutBeingTold() {
        latest.moveLatest(runId, append(List.of(point(TREND, 5, "9.00")), false));
        // a backfill cut short: points written, nothing deferred in this process
        append(List.of(point(MARKET, 2, "10.00")), false);

        assertThat(latest.settleLatest()).isEqualTo(1);
        assertThat(stats.priceStoreStats().latestPrices()).isEqualTo(2);
    }

    /**
     * Writes {@code points} as new days (flagged {@code outlier} or not) the way the ingest does: windows
     * first, then the write; returns the latest prices they would move (the newest of each series).
     */
    protected List<LatestPrice> append(List<SeriesPoint> points, boolean outlier) {
        return PricePointWrites.append(windows, writer, runId, points, outlier);
    }

    protected static SeriesPoint point(PriceSeries series, int day, String amount) {
        return new SeriesPoint(series, CHARIZARD, DAY.plusDays(day), new BigDecimal(amount));
    }
}
