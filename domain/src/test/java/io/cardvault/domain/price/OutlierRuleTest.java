package io.cardvault.domain.price;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlierRuleTest {

    private final OutlierRule rule = OutlierRule.STANDARD;

    // window 10, 11, 12, 10, 11, 12, 10: median 11, |x - 11| = 1,0,1,1,0,1,1 -> MAD 1
    private final double[] steady = {10, 11, 12, 10, 11, 12, 10};

    @Test
    void a_tenfold_spike_over_a_steady_series_is_an_outlier() {
        // z = 0.6745 * (110 - 11) / 1 = 66.8 > 3.5 and 99 > 0.5 * 11
        assertThat(rule.isOutlier(steady, steady.length, 110)).isTrue();
    }

    @Test
    void a_move_within_half_the_median_is_never_an_outlier_even_with_a_high_z_score() {
        // z = 0.6745 * (16 - 11) / 1 = 3.37 < 3.5; and 16.4: z = 3.64 > 3.5 but 5.4 < 5.5 (jump guard)
        assertThat(rule.isOutlier(steady, steady.length, 16)).isFalse();
        assertThat(rule.isOutlier(steady, steady.length, 16.4)).isFalse();
    }

    @Test
    void a_jump_past_the_guard_with_a_low_z_score_is_kept() {
        // volatile: 5, 20, 8, 30, 12 -> median 12, deviations 7, 8, 4, 18, 0 -> MAD 7; 30 is +150 %: z = 0.6745 * 18 / 7 = 1.73
        double[] volatileSeries = {5, 20, 8, 30, 12};
        assertThat(rule.isOutlier(volatileSeries, volatileSeries.length, 30)).isFalse();
    }

    @Test
    void a_crash_to_a_tenth_is_an_outlier_too() {
        // z = 0.6745 * (1.1 - 11) / 1 = -6.68
        assertThat(rule.isOutlier(steady, steady.length, 1.1)).isTrue();
    }

    @Test
    void a_flat_series_flags_a_big_jump_but_not_a_small_one() {
        double[] flat = {2, 2, 2, 2, 2, 2};
        assertThat(rule.isOutlier(flat, flat.length, 2.5)).isFalse();
        assertThat(rule.isOutlier(flat, flat.length, 5)).isTrue();
    }

    @Test
    void too_short_a_history_flags_nothing() {
        double[] shortSeries = {1, 1, 1, 1};
        assertThat(rule.isOutlier(shortSeries, shortSeries.length, 1000)).isFalse();
    }

    @Test
    void only_the_last_window_counts() {
        double[] history = new double[40];
        for (int i = 0; i < 10; i++) {
            history[i] = 1000; // older than the 30-point window
        }
        for (int i = 10; i < 40; i++) {
            history[i] = 10 + (i % 3);
        }
        assertThat(rule.isOutlier(history, history.length, 1000)).isTrue();
    }

    @Test
    void median_of_even_and_odd_lengths() {
        assertThat(OutlierRule.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(OutlierRule.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
