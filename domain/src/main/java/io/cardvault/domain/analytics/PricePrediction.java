package io.cardvault.domain.analytics;

import io.cardvault.domain.price.Trend;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An ordinary least-squares line through a daily history, extended {@code daysAhead} days past its
 * latest point. With {@code x} = days since the first point and {@code y} = price:
 * {@code slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²}, {@code intercept = ȳ − slope·x̄},
 * {@code predicted = max(0, intercept + slope·(x_last + daysAhead))},
 * {@code predicted_change_pct = (predicted − current) / current × 100} where current is the latest
 * price. Trend is {@link Trend#ofChangePct} of that change; confidence comes from the point count.
 * Future points: one every {@code step = ceil(daysAhead / 30)} days, the target day always included.
 */
public record PricePrediction(Money currentPrice, Money predictedPrice, double predictedChangePct,
                              PredictionConfidence confidence, int dataPoints, Trend trend, double slopePerDay,
                              List<DailyPrice> futurePoints) implements Serializable {

    public static final int MIN_DAYS_AHEAD = 7;
    public static final int MAX_DAYS_AHEAD = 365;
    /** A line needs two distinct days. */
    public static final int MIN_POINTS = 2;

    public PricePrediction {
        futurePoints = List.copyOf(futurePoints);
    }

    /** The currency of the prices and of the future points (the regressed series'). */
    public Currency currency() {
        return currentPrice.currency();
    }

    public static Optional<PricePrediction> of(PriceHistory history, int daysAhead) {
        InvalidAnalyticsInputException.require(daysAhead >= MIN_DAYS_AHEAD && daysAhead <= MAX_DAYS_AHEAD,
                "days_ahead is 7 to 365");
        if (history.size() < MIN_POINTS) {
            return Optional.empty();
        }
        List<DailyPrice> points = history.points();
        LocalDate first = points.get(0).day();
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (DailyPrice point : points) {
            meanX += ChronoUnit.DAYS.between(first, point.day());
            meanY += point.price().doubleValue();
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double variance = 0;
        for (DailyPrice point : points) {
            double dx = ChronoUnit.DAYS.between(first, point.day()) - meanX;
            covariance += dx * (point.price().doubleValue() - meanY);
            variance += dx * dx;
        }
        double slope = covariance / variance;
        double intercept = meanY - slope * meanX;
        DailyPrice latest = points.get(n - 1);
        long lastX = ChronoUnit.DAYS.between(first, latest.day());
        BigDecimal predicted = money(Math.max(0, intercept + slope * (lastX + daysAhead)));
        BigDecimal current = latest.price().setScale(2, RoundingMode.HALF_UP);
        double changePct = latest.price().signum() == 0 ? 0
                : PeriodChange.between(history.currency(), latest.price(), predicted).pct();
        int step = (daysAhead + 29) / 30;
        List<DailyPrice> future = new ArrayList<>();
        for (int ahead = step; ahead <= daysAhead; ahead += step) {
            future.add(new DailyPrice(latest.day().plusDays(ahead), money(Math.max(0, intercept + slope * (lastX + ahead)))));
        }
        if (future.isEmpty() || !future.get(future.size() - 1).day().equals(latest.day().plusDays(daysAhead))) {
            future.add(new DailyPrice(latest.day().plusDays(daysAhead), predicted));
        }
        return Optional.of(new PricePrediction(new Money(history.currency(), current), new Money(history.currency(), predicted), changePct, PredictionConfidence.ofPoints(n), n,
                Trend.ofChangePct(changePct), Math.round(slope * 10_000) / 10_000.0, future));
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
