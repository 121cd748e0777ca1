package io.cardvault.domain.price;

import io.cardvault.domain.shared.Money;
import java.time.LocalDate;

/**
 * The amount a series had on one day. An outlier stays stored (history is never rewritten) but
 * is left out of every price read. {@code sandbox} is the point's provenance: it came from the
 * sandbox market's made-up files, not from a real upstream, and reads label it so.
 */
public record PricePoint(PriceSeries series, LocalDate asOf, Money amount, boolean outlier, boolean sandbox) {

    public PricePoint {
        InvalidPriceDataException.require(series != null, "a price point needs a series");
        InvalidPriceDataException.require(asOf != null, "a price point needs a date");
        InvalidPriceDataException.require(amount != null, "a price point needs an amount");
        InvalidPriceDataException.require(amount.currency().equals(series.currency()),
                "a " + series.currency() + " series cannot hold " + amount);
        if (amount.isNegative()) { // the message is built only when needed
            throw new InvalidPriceDataException("prices are not negative: " + amount);
        }
    }

    public static PricePoint of(PriceSeries series, LocalDate asOf, Money amount) {
        return new PricePoint(series, asOf, amount, false, false);
    }

    public PricePoint flaggedAsOutlier() {
        return new PricePoint(series, asOf, amount, true, sandbox);
    }

    /** The same point, produced by the sandbox market. */
    public PricePoint fromSandbox() {
        return new PricePoint(series, asOf, amount, outlier, true);
    }
}
