package io.cardvault.domain.price;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The one definition of volatility (docs/analytics.md): the population standard deviation of the
 * daily returns of a series, {@code r_i = p_i / p_(i−1) − 1} for consecutive points (a gap of
 * several days counts as one return; a zero base is skipped), {@code σ = sqrt(Σ (r_i − r̄)² / n)}.
 * A fraction, not a percentage (0.041 = 4.1 % a day). Empty with fewer than two returns. The
 * history analysis ({@link PriceAnalysis}), movers, and the side rail's anomaly test all use it.
 */
public final class DailyReturnVolatility {

    private DailyReturnVolatility() {
    }

    /** Over {@code prices}, oldest first, one per day. */
    public static OptionalDouble of(Collection<BigDecimal> prices) {
        double[] returns = new double[Math.max(0, prices.size() - 1)];
        int n = 0;
        double sum = 0;
        BigDecimal previous = null;
        for (BigDecimal price : prices) {
            if (previous != null && previous.signum() > 0) {
                returns[n] = price.doubleValue() / previous.doubleValue() - 1;
                sum += returns[n];
                n++;
            }
            previous = price;
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (returns[i] - mean) * (returns[i] - mean);
        }
        return OptionalDouble.of(Math.sqrt(squares / n));
    }
}
