package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.PortfolioHistory;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /collection/history}: the value of the caller's current holdings per day, oldest first,
 * in {@code currency}; {@code valued_count} is how many copies had a price that day.
 */
public record PortfolioHistoryResponse(String currency, List<Day> days) {

    public record Day(String day, BigDecimal value, int valuedCount) {
    }

    static PortfolioHistoryResponse from(PortfolioHistory history) {
        return new PortfolioHistoryResponse(history.currency().getCurrencyCode(), history.days().stream()
                .map(day -> new Day(day.day().toString(), day.value().amount(), day.valuedCount())).toList());
    }
}
