package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One price from several sources, all already in one currency (EUR for price intelligence).
 * Each source counts {@code w = weight(source) × min(1, n / 7)} (a source with fewer than a week
 * of values counts proportionally less); {@code price = Σ w·median / Σ w}; low and high are the
 * smallest and largest median. {@code confidence = (weight of sources within 15 % of price /
 * Σ w) × min(1, Σ n / 20)}, two decimals: agreement times coverage.
 */
public record ConfidenceWeightedPrice(Money price, Money low, Money high, double confidence)
        implements Serializable {

    static final int FULL_SAMPLE = 7;
    static final int FULL_COVERAGE = 20;

    public static Optional<ConfidenceWeightedPrice> of(List<SourceMedian> quotes) {
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        double totalWeight = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        int samples = 0;
        for (SourceMedian quote : quotes) {
            double weight = weight(quote);
            totalWeight += weight;
            weighted = weighted.add(quote.median().amount().multiply(BigDecimal.valueOf(weight)));
            samples += quote.sampleSize();
        }
        BigDecimal price = weighted.divide(BigDecimal.valueOf(totalWeight), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
        double agreeingWeight = quotes.stream()
                .filter(quote -> Math.abs(MarketVerdict.percentOf(quote.median().amount().subtract(price), price))
                        <= MarketVerdict.AGREEMENT_BAND_PCT)
                .mapToDouble(ConfidenceWeightedPrice::weight).sum();
        double confidence = agreeingWeight / totalWeight * Math.min(1.0, samples / (double) FULL_COVERAGE);
        Currency currency = quotes.get(0).currency();
        return Optional.of(new ConfidenceWeightedPrice(new Money(currency, price),
                new Money(currency, quotes.stream().map(SourceMedian::median).min(Comparator.naturalOrder()).orElseThrow().amount()
                        .setScale(2, RoundingMode.HALF_UP)),
                new Money(currency, quotes.stream().map(SourceMedian::median).max(Comparator.naturalOrder()).orElseThrow().amount()
                        .setScale(2, RoundingMode.HALF_UP)),
                Math.round(confidence * 100) / 100.0));
    }

    private static double weight(SourceMedian quote) {
        return SourceWeights.weight(quote.source()) * Math.min(1.0, quote.sampleSize() / (double) FULL_SAMPLE);
    }
}
