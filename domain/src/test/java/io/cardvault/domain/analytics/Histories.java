package io.cardvault.domain.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Hand-written histories: prices given as (days after 2026-01-01, price) pairs. */
final class Histories {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Histories() {
    }

    static PriceHistory eur(double... dayPricePairs) {
        List<DailyPrice> points = new ArrayList<>();
        for (int i = 0; i < dayPricePairs.length; i += 2) {
            points.add(new DailyPrice(START.plusDays((long) dayPricePairs[i]), new BigDecimal(Double.toString(dayPricePairs[i + 1]))));
        }
        return new PriceHistory(Currency.getInstance("EUR"), points);
    }

    /** One point a day from day 0, the given prices in order. */
    static PriceHistory daily(double... prices) {
        double[] pairs = new double[prices.length * 2];
        for (int i = 0; i < prices.length; i++) {
            pairs[2 * i] = i;
            pairs[2 * i + 1] = prices[i];
        }
        return eur(pairs);
    }
}
