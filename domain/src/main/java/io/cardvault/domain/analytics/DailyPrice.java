package io.cardvault.domain.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's market value of one series (in the series' currency). */
public record DailyPrice(LocalDate day, BigDecimal price) implements Serializable {

    public DailyPrice {
        InvalidAnalyticsInputException.require(day != null, "a daily price needs a day");
        InvalidAnalyticsInputException.require(price != null && price.signum() >= 0, "a daily price is zero or more");
    }
}
