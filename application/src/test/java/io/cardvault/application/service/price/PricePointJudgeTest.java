package io.cardvault.application.service.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.OutlierRule;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outlier rule applied to a batch against the windows the store answered. */
class PricePointJudgeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final PriceSeries MARKET = PriceSeries.raw(new VariantId(100), PriceSource.TCGCSV, PriceType.MARKET);
    private static final double[] STEADY = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11};

    private final PricePointJudge judge = new PricePointJudge(OutlierRule.STANDARD);

    @Test
    void a_spike_against_a_steady_window_is_an_outlier_and_moves_no_latest_price() {
        PricePointJudge.Judgement judged = judge.judge(List.of(point(10, "110.00")), List.of(newer(1, STEADY, "11.00")));

        assertThat(judged.points()).extracting(JudgedPoint::outlier).containsExactly(true);
        assertThat(judged.outliers()).isEqualTo(1);
        assertThat(judged.written()).isEqualTo(1);
        assertThat(judged.latest()).isEmpty();
        assertThat(judged.latestChanged()).isEmpty();
    }

    @Test
    void days_of_one_series_in_a_batch_are_judged_oldest_first_each_against_the_ones_before_it() {
        // given out of order: day 12 is judged after day 11 joined the window, and becomes the latest price
        PointWindow window = newer(1, new double[0], null);
        PricePointJudge.Judgement judged = judge.judge(
                List.of(point(12, "10.50"), point(11, "10.00"), point(10, "10.00")), List.of(window, window, window));

        assertThat(judged.points()).extracting(judgedPoint -> judgedPoint.point().day())
                .containsExactly(DAY.plusDays(10), DAY.plusDays(11), DAY.plusDays(12));
        assertThat(judged.latest()).extracting(LatestPrice::point).extracting(SeriesPoint::amount)
                .containsExactly(new BigDecimal("10.50"));
        assertThat(judged.latest()).extracting(LatestPrice::first).containsExactly(true);
    }

    @Test
    void a_quote_repeated_in_a_batch_is_judged_written_and_counted_once_with_its_last_amount() {
        PointWindow window = newer(1, STEADY, "11.00");

        PricePointJudge.Judgement judged = judge.judge(List.of(point(10, "10.20"), point(10, "10.40")), List.of(window, window));

        assertThat(judged.points()).singleElement().satisfies(point -> {
            assertThat(point.point().amount()).isEqualByComparingTo("10.40");
            assertThat(point.write()).isEqualTo(JudgedPoint.Write.APPEND);
        });
        assertThat(judged.written()).isEqualTo(1);
    }

    @Test
    void a_stored_day_is_written_only_when_its_amount_changed_and_a_corrected_latest_day_moves_the_latest_price() {
        PointWindow unchanged = past(1, STEADY, "10.00", 9, "11.00");
        PointWindow corrected = past(2, STEADY, "11.00", 9, "11.00");

        PricePointJudge.Judgement judged = judge.judge(
                List.of(point(9, "10.00"), new SeriesPoint(PriceSeries.raw(new VariantId(101), PriceSource.TCGCSV,
                        PriceType.MARKET), new CardId(10), DAY.plusDays(9), new BigDecimal("11.40"))),
                List.of(unchanged, corrected));

        assertThat(judged.points()).extracting(JudgedPoint::write)
                .containsExactly(JudgedPoint.Write.NONE, JudgedPoint.Write.UPDATE);
        assertThat(judged.written()).isEqualTo(1);
        assertThat(judged.latest()).extracting(LatestPrice::seriesKey).containsExactly(2);
        assertThat(judged.latestChanged()).extracting(SeriesPoint::amount).containsExactly(new BigDecimal("11.40"));
    }

    @Test
    void an_unchanged_newest_amount_moves_the_latest_price_without_counting_as_changed() {
        PricePointJudge.Judgement judged = judge.judge(List.of(point(10, "11.00")), List.of(newer(1, STEADY, "11.00")));

        assertThat(judged.latest()).hasSize(1);
        assertThat(judged.latestChanged()).isEmpty();
    }

    private static SeriesPoint point(int day, String amount) {
        return new SeriesPoint(MARKET, new CardId(10), DAY.plusDays(day), new BigDecimal(amount));
    }

    private static PointWindow newer(int key, double[] amounts, String latest) {
        return new PointWindow(key, false, amounts, Optional.empty(),
                Optional.ofNullable(latest).map(a -> DAY.plusDays(9)), Optional.ofNullable(latest).map(BigDecimal::new));
    }

    private static PointWindow past(int key, double[] amounts, String stored, int latestDay, String latest) {
        return new PointWindow(key, true, amounts, Optional.of(new BigDecimal(stored)), Optional.of(DAY.plusDays(latestDay)),
                Optional.of(new BigDecimal(latest)));
    }
}
