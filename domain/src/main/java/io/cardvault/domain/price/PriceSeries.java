package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.VariantId;
import java.util.Currency;

/**
 * One line of prices over time: what one source publishes for one variant, of one price type,
 * raw ({@code grading == null}) or for one slab. Every point of a series is in its currency.
 */
public record PriceSeries(VariantId variant, PriceSource source, Region region, PriceType type, Grading grading,
                          Currency currency) {

    public PriceSeries {
        InvalidPriceDataException.require(variant != null, "a price series needs a variant");
        InvalidPriceDataException.require(source != null, "a price series needs a source");
        InvalidPriceDataException.require(region != null, "a price series needs a region");
        InvalidPriceDataException.require(type != null, "a price series needs a price type");
        InvalidPriceDataException.require(currency != null, "a price series needs a currency");
        if ((grading != null) != (type == PriceType.GRADED)) { // the message is built only when needed: millions per file
            throw new InvalidPriceDataException("graded prices, and only they, carry a grading: " + type.code());
        }
    }

    /** A raw series in the source's own region and currency. */
    public static PriceSeries raw(VariantId variant, PriceSource source, PriceType type) {
        return new PriceSeries(variant, source, source.region(), type, null, source.currency());
    }

    /** A graded series in the source's own currency; graded prices are not regional. */
    public static PriceSeries graded(VariantId variant, PriceSource source, Grading grading) {
        return new PriceSeries(variant, source, source.region(), PriceType.GRADED, grading, source.currency());
    }

    public boolean isGraded() {
        return grading != null;
    }
}
