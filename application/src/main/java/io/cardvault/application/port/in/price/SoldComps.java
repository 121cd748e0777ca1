package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.Grading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** eBay sold comps of a card: the daily average per grading and the summary per grading. */
public record SoldComps(List<Day> sales, List<Summary> summary, int points) {

    public SoldComps {
        sales = List.copyOf(sales);
        summary = List.copyOf(summary);
    }

    /** One day's average sold price for a slab, or raw ({@code grading} absent). */
    public record Day(LocalDate date, Optional<Grading> grading, BigDecimal averagePrice) {
    }

    public record Summary(Optional<Grading> grading, BigDecimal averagePrice, BigDecimal medianPrice,
                          BigDecimal minPrice, BigDecimal maxPrice, int count) {
    }
}
