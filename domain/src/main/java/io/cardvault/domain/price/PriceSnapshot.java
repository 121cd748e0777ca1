package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;

/**
 * Read model: the one market value a source gave a card's variant (raw, or one slab) on one day,
 * as the daily snapshot job keeps it. {@code grading} is null for raw prices.
 */
public record PriceSnapshot(PriceSource source, VariantId variant, Grading grading, LocalDate day, Money marketPrice) {

    public PriceSnapshot {
        InvalidPriceDataException.require(source != null, "a snapshot needs a source");
        InvalidPriceDataException.require(variant != null, "a snapshot needs a variant");
        InvalidPriceDataException.require(day != null, "a snapshot needs a day");
        InvalidPriceDataException.require(marketPrice != null && !marketPrice.isNegative(),
                "a snapshot needs a non-negative price");
    }

    public boolean isGraded() {
        return grading != null;
    }
}
