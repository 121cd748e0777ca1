package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceAnalysis;
import io.cardvault.domain.price.PriceSnapshot;
import java.util.List;

/**
 * The legacy history: one variant's raw daily snapshots as stored (every source and price type) and the
 * analysis of its best-covered source. Not the analytics' {@code PriceHistory}, which is one series reduced
 * to one price per day in one currency.
 */
public record AnalysedSnapshots(List<PriceSnapshot> snapshots, PriceAnalysis analysis) {

    public AnalysedSnapshots {
        snapshots = List.copyOf(snapshots);
    }
}
