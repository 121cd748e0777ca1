package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One day of a tier from one source: its average, and low and high when the source gives them. */
public record TierHistoryRow(LocalDate date, String source, Money avg, Optional<Money> low, Optional<Money> high) {

    public TierHistoryRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(avg, "avg");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    public HistoryKey key() {
        return new HistoryKey(date, source);
    }
}
