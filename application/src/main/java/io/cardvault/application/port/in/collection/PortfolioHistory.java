package io.cardvault.application.port.in.collection;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** The daily value of what the owner holds now, oldest day first, every amount in {@code currency}. */
public record PortfolioHistory(Currency currency, List<PortfolioDay> days) {

    public PortfolioHistory {
        Objects.requireNonNull(currency, "currency");
        days = List.copyOf(days);
    }
}
