package io.cardvault.domain.analytics;

import io.cardvault.domain.price.DailyReturnVolatility;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A daily series in one currency, oldest day first, at most one price per day. The analytics
 * read their windows from it: the latest price, the price in force on a past day, the points since a day.
 * The currency is held once for the series and the points are amounts in it (a recompute reads millions
 * of them); what leaves the series as a price leaves as {@link Money} ({@link #latestPrice()}, the
 * analyses' results).
 */
public record PriceHistory(Currency currency, List<DailyPrice> points) implements Serializable {

    public PriceHistory {
        InvalidAnalyticsInputException.require(currency != null, "a history needs a currency");
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            InvalidAnalyticsInputException.require(points.get(i).day().isAfter(points.get(i - 1).day()),
                    "a history is in day order without repeats");
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int size() {
        return points.size();
    }

    public Optional<DailyPrice> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** The latest point's price with the history's currency. */
    public Optional<Money> latestPrice() {
        return latest().map(point -> new Money(currency, point.price()));
    }

    /** The newest point on or before {@code day}: the price that was in force that day. */
    public Optional<DailyPrice> onOrBefore(LocalDate day) {
        DailyPrice found = null;
        for (DailyPrice point : points) {
            if (point.day().isAfter(day)) {
                break;
            }
            found = point;
        }
        return Optional.ofNullable(found);
    }

    /** The points dated on or after {@code day}. */
    public PriceHistory since(LocalDate day) {
        return new PriceHistory(currency, points.stream().filter(point -> !point.day().isBefore(day)).toList());
    }

    /** The {@link DailyReturnVolatility} of the whole history. */
    public OptionalDouble dailyReturnVolatility() {
        return DailyReturnVolatility.of(points.stream().map(DailyPrice::price).toList());
    }

    /** The points of the last {@code days} days counted back from the latest point (the latest day included). */
    public PriceHistory lastDays(int days) {
        return latest().map(last -> since(last.day().minusDays(days))).orElse(this);
    }

    /** Highest price; the earliest day it was reached. */
    public Optional<DailyPrice> allTimeHigh() {
        return points.stream().max(Comparator.comparing(DailyPrice::price)
                .thenComparing(DailyPrice::day, Comparator.reverseOrder()));
    }

    /** Days between the first and the latest point. */
    public long spanDays() {
        return points.isEmpty() ? 0 : ChronoUnit.DAYS.between(points.get(0).day(), points.get(points.size() - 1).day());
    }

    public List<BigDecimal> prices() {
        return points.stream().map(DailyPrice::price).toList();
    }
}
