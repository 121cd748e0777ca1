package io.cardvault.domain.analytics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Volatility = the population standard deviation of the daily returns of a window:
 * {@code r_i = p_i / p_(i−1) − 1} for consecutive points (a gap of several days counts as one
 * return), {@code σ = sqrt(Σ (r_i − r̄)² / n)}. A fraction, not a percentage (0.041 = 4.1 % a day).
 * Empty with fewer than two returns. The history endpoint's {@code volatility} uses this too.
 */
public final class DailyReturnVolatility {

    private DailyReturnVolatility() {
    }

    public static OptionalDouble of(PriceHistory history) {
        List<DailyPrice> points = history.points();
        int returns = 0;
        double sum = 0;
        double[] values = new double[Math.max(0, points.size() - 1)];
        for (int i = 1; i < points.size(); i++) {
            double previous = points.get(i - 1).price().doubleValue();
            if (previous <= 0) {
                continue;
            }
            values[returns] = points.get(i).price().doubleValue() / previous - 1;
            sum += values[returns];
            returns++;
        }
        if (returns < 2) {
            return OptionalDouble.empty();
        }
        double mean = sum / returns;
        double squares = 0;
        for (int i = 0; i < returns; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return OptionalDouble.of(Math.sqrt(squares / returns));
    }

    /** {@link #of} over the last {@code days} days of the history. */
    public static OptionalDouble overLastDays(PriceHistory history, int days) {
        return of(history.lastDays(days));
    }
}
