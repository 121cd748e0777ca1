package io.cardvault.application.port.out.price;

import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.util.Objects;

/** One amount an upstream file states for one product: raw ({@code grading == null}) or for one slab. */
public record UpstreamQuote(ProductRef product, PriceType type, Grading grading, BigDecimal amount) {

    public UpstreamQuote {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("prices are not negative: " + amount);
        }
    }
}
