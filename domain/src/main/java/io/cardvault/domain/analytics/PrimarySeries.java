package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceSource;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a card's per-source series speaks for it in single-number analytics (deltas, movers,
 * hot cards, predictions): the source with the highest {@link SourceWeights weight} that has
 * points, ties broken by the longer history. Comparing one series with itself keeps a change from
 * being an artefact of switching sources or currencies.
 */
public final class PrimarySeries {

    private PrimarySeries() {
    }

    public static Optional<Map.Entry<PriceSource, PriceHistory>> of(Map<PriceSource, PriceHistory> bySource) {
        return bySource.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .max(Comparator.comparingDouble((Map.Entry<PriceSource, PriceHistory> entry) -> SourceWeights.weight(entry.getKey()))
                        .thenComparingInt(entry -> entry.getValue().size())
                        .thenComparing(entry -> entry.getKey().code(), Comparator.reverseOrder()));
    }

    /**
     * The series a forecast regresses on: PriceCharting's when it has points (the contract's
     * "linear regression on PriceCharting daily history"), else the primary series.
     */
    public static Optional<Map.Entry<PriceSource, PriceHistory>> forRegression(Map<PriceSource, PriceHistory> bySource) {
        PriceHistory pricecharting = bySource.get(PriceSource.PRICECHARTING);
        return pricecharting != null && !pricecharting.isEmpty()
                ? Optional.of(Map.entry(PriceSource.PRICECHARTING, pricecharting)) : of(bySource);
    }
}
