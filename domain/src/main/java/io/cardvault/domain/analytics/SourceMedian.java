package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.util.Currency;

/**
 * One source's view of a card: the median of its recent daily values and how many values that was.
 * Not {@code price.SourceQuote}, which is one raw latest quote (market, low, high) of a variant.
 */
public record SourceMedian(PriceSource source, Money median, int sampleSize) implements Serializable {

    public SourceMedian {
        InvalidAnalyticsInputException.require(source != null && median != null, "a quote names its source and median");
        InvalidAnalyticsInputException.require(median.amount().signum() > 0, "a quote's median is positive");
        InvalidAnalyticsInputException.require(sampleSize > 0, "a quote rests on at least one value");
    }

    public Currency currency() {
        return median.currency();
    }
}
