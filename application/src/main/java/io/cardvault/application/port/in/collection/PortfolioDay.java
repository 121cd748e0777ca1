package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** What the current holdings were worth on one day, and how many of their copies had a price that day. */
public record PortfolioDay(LocalDate day, Money value, int valuedCount) {

    public PortfolioDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }
}
