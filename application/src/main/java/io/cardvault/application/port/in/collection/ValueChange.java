package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How much the holdings' value moved over a period: now minus then, in the summary's currency, and
 * that as a percent of then (2 decimals; empty when then was zero).
 */
public record ValueChange(Money amount, Optional<BigDecimal> percent) {

    public ValueChange {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(percent, "percent");
    }
}
