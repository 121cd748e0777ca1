package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** Cardmarket's price guide averages of an EU card: all sales, and the last day, week and month. */
public record CardmarketAverages(Optional<Money> avg, Optional<Money> avg1d, Optional<Money> avg7d, Optional<Money> avg30d) {

    public CardmarketAverages {
        Objects.requireNonNull(avg, "avg");
        Objects.requireNonNull(avg1d, "avg1d");
        Objects.requireNonNull(avg7d, "avg7d");
        Objects.requireNonNull(avg30d, "avg30d");
    }

    public boolean empty() {
        return avg.isEmpty() && avg1d.isEmpty() && avg7d.isEmpty() && avg30d.isEmpty();
    }
}
