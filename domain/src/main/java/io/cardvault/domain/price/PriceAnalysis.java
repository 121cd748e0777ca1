package io.cardvault.domain.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/**
 * The analysis of one daily price series (docs/analytics.md, "Price history analysis"). Every
 * figure is null when the data it needs is missing; nothing is interpolated or made up.
 * <ul>
 *   <li>{@code change_Nd}: percent change from the series' value N days before its last day (the
 *       latest point on or before that day, at most N/2 days older — else null) to its last value,
 *       two decimals; null when the earlier value is 0.</li>
 *   <li>{@code volatility}: the {@link DailyReturnVolatility} of the series (population standard
 *       deviation of the day-to-day relative changes between consecutive points), four decimals;
 *       needs three points.</li>
 *   <li>{@code trend}: least-squares slope of price over calendar days, times the window's span in
 *       days, relative to the mean price: above +2 % rising, below −2 % falling, else stable;
 *       needs two points on different days.</li>
 * </ul>
 */
public record PriceAnalysis(BigDecimal change7d, BigDecimal change30d, BigDecimal change90d, BigDecimal volatility,
                            Trend trend) {

    public static final PriceAnalysis NONE = new PriceAnalysis(null, null, null, null, null);

    public static PriceAnalysis of(NavigableMap<LocalDate, BigDecimal> daily) {
        if (daily.isEmpty()) {
            return NONE;
        }
        return new PriceAnalysis(change(daily, 7), change(daily, 30), change(daily, 90), volatility(daily), trend(daily));
    }

    /** Percent change over {@code days} ending at the series' last day, or null. */
    public static BigDecimal change(NavigableMap<LocalDate, BigDecimal> daily, int days) {
        if (daily.isEmpty()) {
            return null;
        }
        Map.Entry<LocalDate, BigDecimal> last = daily.lastEntry();
        LocalDate target = last.getKey().minusDays(days);
        Map.Entry<LocalDate, BigDecimal> before = daily.floorEntry(target);
        if (before == null || ChronoUnit.DAYS.between(before.getKey(), target) > days / 2 || before.getValue().signum() == 0) {
            return null;
        }
        return last.getValue().subtract(before.getValue())
                .multiply(BigDecimal.valueOf(100))
                .divide(before.getValue(), 2, RoundingMode.HALF_EVEN);
    }

    /** {@link DailyReturnVolatility} of the series, four decimals. */
    static BigDecimal volatility(NavigableMap<LocalDate, BigDecimal> daily) {
        OptionalDouble volatility = DailyReturnVolatility.of(daily.values());
        return volatility.isPresent() ? BigDecimal.valueOf(volatility.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN) : null;
    }

    static Trend trend(NavigableMap<LocalDate, BigDecimal> daily) {
        LocalDate first = daily.firstKey();
        long span = ChronoUnit.DAYS.between(first, daily.lastKey());
        if (span == 0) {
            return null;
        }
        int n = daily.size();
        double sumX = 0;
        double sumY = 0;
        for (Map.Entry<LocalDate, BigDecimal> point : daily.entrySet()) {
            sumX += ChronoUnit.DAYS.between(first, point.getKey());
            sumY += point.getValue().doubleValue();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        if (meanY == 0) {
            return null;
        }
        double covariance = 0;
        double varianceX = 0;
        for (Map.Entry<LocalDate, BigDecimal> point : daily.entrySet()) {
            double dx = ChronoUnit.DAYS.between(first, point.getKey()) - meanX;
            covariance += dx * (point.getValue().doubleValue() - meanY);
            varianceX += dx * dx;
        }
        double relativeMove = covariance / varianceX * span / meanY;
        return Trend.ofRelativeMove(relativeMove);
    }
}
