package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceAnalysis;
import io.cardvault.domain.price.PriceSnapshot;
import java.util.List;

/** The legacy history: one variant's raw daily snapshots and the analysis of its best-covered source. */
public record PriceHistory(List<PriceSnapshot> snapshots, PriceAnalysis analysis) {

    public PriceHistory {
        snapshots = List.copyOf(snapshots);
    }
}
