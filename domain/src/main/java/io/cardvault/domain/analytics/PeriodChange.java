package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * The change of a series over a period: from the price in force {@code days} before the latest
 * point (the newest point on or before that day) to the latest point.
 * {@code abs = latest − reference} (money, 2 decimals); {@code pct = abs / reference × 100}
 * (2 decimals). Empty when the series has no point that old, or the reference is zero.
 */
public record PeriodChange(Money abs, double pct) implements Serializable {

    public PeriodChange {
        InvalidAnalyticsInputException.require(abs != null, "a change needs an amount");
    }

    public static Optional<PeriodChange> over(PriceHistory history, int days) {
        InvalidAnalyticsInputException.require(days > 0, "a period is at least one day");
        return history.latest().flatMap(latest -> history.onOrBefore(latest.day().minusDays(days))
                .filter(reference -> reference.price().signum() > 0)
                .map(reference -> between(history.currency(), reference.price(), latest.price())));
    }

    /** The change between two amounts of one currency (the series' own, or a forecast's). */
    public static PeriodChange between(Currency currency, BigDecimal from, BigDecimal to) {
        BigDecimal abs = to.subtract(from);
        double pct = abs.multiply(BigDecimal.valueOf(100)).divide(from, 2, RoundingMode.HALF_UP).doubleValue();
        return new PeriodChange(new Money(currency, abs.setScale(2, RoundingMode.HALF_UP)), pct);
    }
}
