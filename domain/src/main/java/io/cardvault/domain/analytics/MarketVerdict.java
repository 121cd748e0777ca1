package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.Region;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What the sources say together. The reference is the source with the highest
 * {@link SourceWeights weight} (ties: the larger sample); its median is the verdict's price and
 * currency, and every other median is converted into that currency through the euro reference
 * rates (a source that cannot be converted is not considered). Per source
 * {@code delta_pct = (median − price) / price × 100}; it agrees when {@code |delta_pct| ≤ 15}
 * (the agreement band). {@code spread_pct = (max median − min median) / price × 100}.
 * Confidence: one source → low; all agree → high; at least half agree → medium; else low.
 * Region bias: the region whose sources hold at least two thirds of the considered weight, else "mixed".
 */
public record MarketVerdict(Money price, String confidence, int agreeingSources, int consideredSources, double spreadPct,
                            String regionBias, List<SourceView> sources) implements Serializable {

    public static final double AGREEMENT_BAND_PCT = 15.0;
    static final double REGION_BIAS_SHARE = 2.0 / 3.0;

    public MarketVerdict {
        sources = List.copyOf(sources);
    }

    public Currency currency() {
        return price.currency();
    }

    /** One source in the verdict, its median in the verdict's currency. */
    public record SourceView(PriceSource source, Money median, int sampleSize, double weight, boolean agrees,
                             double deltaPct) implements Serializable {
    }

    public static Optional<MarketVerdict> of(List<SourceMedian> quotes, Optional<EuroReferenceRates> rates) {
        Optional<SourceMedian> reference = quotes.stream().max(Comparator
                .comparingDouble((SourceMedian quote) -> SourceWeights.weight(quote.source()))
                .thenComparingInt(SourceMedian::sampleSize));
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = reference.get().currency();
        BigDecimal price = reference.get().median().amount().setScale(2, RoundingMode.HALF_UP);
        List<SourceView> views = new ArrayList<>();
        for (SourceMedian quote : quotes) {
            Optional<BigDecimal> median = quote.currency().equals(currency) ? Optional.of(quote.median().amount())
                    : rates.flatMap(known -> known.convert(quote.median().amount(), quote.currency(), currency));
            median.ifPresent(amount -> {
                double delta = percentOf(amount.subtract(price), price);
                views.add(new SourceView(quote.source(), new Money(currency, amount.setScale(2, RoundingMode.HALF_UP)), quote.sampleSize(),
                        SourceWeights.weight(quote.source()), Math.abs(delta) <= AGREEMENT_BAND_PCT, delta));
            });
        }
        views.sort(Comparator.comparingDouble(SourceView::weight).reversed()
                .thenComparing(view -> view.source().code()));
        int agreeing = (int) views.stream().filter(SourceView::agrees).count();
        BigDecimal max = views.stream().map(view -> view.median().amount()).max(Comparator.naturalOrder()).orElse(price);
        BigDecimal min = views.stream().map(view -> view.median().amount()).min(Comparator.naturalOrder()).orElse(price);
        return Optional.of(new MarketVerdict(new Money(currency, price), confidence(agreeing, views.size()), agreeing, views.size(),
                percentOf(max.subtract(min), price), regionBias(views), views));
    }

    static String confidence(int agreeing, int considered) {
        if (considered <= 1) {
            return "low";
        }
        if (agreeing == considered) {
            return "high";
        }
        return agreeing * 2 >= considered ? "medium" : "low";
    }

    static String regionBias(List<SourceView> views) {
        double total = views.stream().mapToDouble(SourceView::weight).sum();
        for (Region region : Region.values()) {
            double share = views.stream().filter(view -> view.source().region() == region)
                    .mapToDouble(SourceView::weight).sum() / total;
            if (share >= REGION_BIAS_SHARE) {
                return region.code();
            }
        }
        return "mixed";
    }

    /** {@code part / whole × 100}, one decimal. */
    static double percentOf(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
