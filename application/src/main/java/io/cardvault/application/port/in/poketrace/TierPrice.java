package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** A tier's price from one source: its average, and its low and high when the source gives them. */
public record TierPrice(Money avg, Optional<Money> low, Optional<Money> high) {

    public TierPrice {
        Objects.requireNonNull(avg, "avg");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
