package io.cardvault.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.price.Trend;
import io.cardvault.domain.shared.Money;
import org.junit.jupiter.api.Test;

class PricePredictionTest {

    @Test
    void a_line_rising_two_a_day_predicts_118_seven_days_after_104() {
        PricePrediction prediction = PricePrediction.of(Histories.daily(100, 102, 104), 7).orElseThrow();

        assertThat(prediction.slopePerDay()).isEqualTo(2.0);
        assertThat(prediction.currentPrice()).isEqualTo(Money.of("104.00", "EUR"));
        assertThat(prediction.predictedPrice()).isEqualTo(Money.of("118.00", "EUR"));
        assertThat(prediction.predictedChangePct()).isEqualTo(13.46); // 14 / 104
        assertThat(prediction.trend()).isEqualTo(Trend.RISING);
        assertThat(prediction.confidence()).isEqualTo(PredictionConfidence.LOW);
        assertThat(prediction.dataPoints()).isEqualTo(3);
        assertThat(prediction.futurePoints()).hasSize(7);
        assertThat(prediction.futurePoints().get(0).price()).isEqualByComparingTo("106.00");
        assertThat(prediction.futurePoints().get(6).day()).isEqualTo(Histories.START.plusDays(9));
    }

    @Test
    void least_squares_through_scattered_points() {
        // x 0,1,2,3 / y 10,12,11,15: x̄ 1.5, ȳ 12, Σdxdy = 7, Σdx² = 5 → slope 1.4, intercept 9.9
        PricePrediction prediction = PricePrediction.of(Histories.daily(10, 12, 11, 15), 7).orElseThrow();

        assertThat(prediction.slopePerDay()).isEqualTo(1.4);
        assertThat(prediction.predictedPrice().amount()).isEqualByComparingTo("23.90"); // 9.9 + 1.4 × 10
    }

    @Test
    void a_long_horizon_has_at_most_thirty_future_points_ending_on_the_target_day() {
        PricePrediction prediction = PricePrediction.of(Histories.daily(100, 102, 104), 60).orElseThrow();

        assertThat(prediction.futurePoints()).hasSize(30);
        assertThat(prediction.futurePoints().get(29).day()).isEqualTo(Histories.START.plusDays(62));
        assertThat(prediction.futurePoints().get(29).price()).isEqualByComparingTo(prediction.predictedPrice().amount());
    }

    @Test
    void a_falling_line_never_predicts_below_zero() {
        PricePrediction prediction = PricePrediction.of(Histories.daily(30, 20, 10), 30).orElseThrow();

        assertThat(prediction.predictedPrice().amount()).isEqualByComparingTo("0.00");
        assertThat(prediction.trend()).isEqualTo(Trend.FALLING);
    }

    @Test
    void confidence_buckets_by_point_count() {
        assertThat(PredictionConfidence.ofPoints(9)).isEqualTo(PredictionConfidence.LOW);
        assertThat(PredictionConfidence.ofPoints(10)).isEqualTo(PredictionConfidence.MEDIUM);
        assertThat(PredictionConfidence.ofPoints(19)).isEqualTo(PredictionConfidence.MEDIUM);
        assertThat(PredictionConfidence.ofPoints(20)).isEqualTo(PredictionConfidence.HIGH);
    }

    @Test
    void one_point_predicts_nothing_and_the_horizon_is_7_to_365_days() {
        assertThat(PricePrediction.of(Histories.daily(100), 30)).isEmpty();
        assertThatThrownBy(() -> PricePrediction.of(Histories.daily(1, 2), 6)).isInstanceOf(InvalidAnalyticsInputException.class);
        assertThatThrownBy(() -> PricePrediction.of(Histories.daily(1, 2), 366)).isInstanceOf(InvalidAnalyticsInputException.class);
    }
}
